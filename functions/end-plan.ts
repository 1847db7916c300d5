import { staffRoute } from '../shared/http/route-handler.ts';
import { endPlan } from '../shared/use-cases/plans/end-plan.ts';

/** The end of a participant's year: completed, or left early. */
export const handler = staffRoute('end-plan', async ({ params, body }, staff, ports) =>
  endPlan(ports, staff, { reference: params.reference, request: body }),
);
