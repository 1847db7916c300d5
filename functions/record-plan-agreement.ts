import { staffRoute } from '../shared/http/route-handler.ts';
import { recordAgreement } from '../shared/use-cases/plans/record-agreement.ts';

/** The participant signed the plan's current version on paper. */
export const handler = staffRoute('record-plan-agreement', async ({ params, body }, staff, ports) =>
  recordAgreement(ports, staff, { reference: params.reference, request: body }),
);
