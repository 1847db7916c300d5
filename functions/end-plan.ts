import { staffRoute } from '../shared/http/staff-route.ts';
import { endPlanRoute } from '../shared/routes/end-plan.ts';
import { endPlan } from '../shared/use-cases/plans/end-plan.ts';

/** The end of a participant's year: completed, or left early. */
export const handler = staffRoute(endPlanRoute, async ({ params, body }, staff, ports) =>
  endPlan(ports, staff, { reference: params.reference, request: body }),
);
