import { staffRoute } from '../shared/http/route-handler.ts';
import { getSupportPlan } from '../shared/use-cases/plans/get-support-plan.ts';

/** A participant's support plan and year. */
export const handler = staffRoute('get-support-plan', async ({ params }, staff, ports) =>
  getSupportPlan(ports, staff, params.reference),
);
