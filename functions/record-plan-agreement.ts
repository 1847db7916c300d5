import { staffRoute } from '../shared/http/staff-route.ts';
import { recordPlanAgreementRoute } from '../shared/routes/record-plan-agreement.ts';
import { recordAgreement } from '../shared/use-cases/plans/record-agreement.ts';

/** The participant signed the plan's current version on paper. */
export const handler = staffRoute(recordPlanAgreementRoute, async ({ params, body }, staff, ports) =>
  recordAgreement(ports, staff, { reference: params.reference, request: body }),
);
