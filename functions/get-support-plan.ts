import { staffRoute } from '../shared/http/staff-route.ts';
import { getSupportPlanRoute } from '../shared/routes/get-support-plan.ts';
import { getSupportPlan } from '../shared/use-cases/plans/get-support-plan.ts';

/** A participant's support plan and year. */
export const handler = staffRoute(getSupportPlanRoute, async ({ params }, staff, ports) =>
  getSupportPlan(ports, staff, params.reference),
);
