import { staffRoute } from '../shared/http/staff-route.ts';
import { drawUpPlanRoute } from '../shared/routes/draw-up-plan.ts';
import { drawUpPlan } from '../shared/use-cases/plans/draw-up-plan.ts';

/** The first version of a participant's plan, or a new one with its reason. */
export const handler = staffRoute(drawUpPlanRoute, async ({ params, body }, staff, ports) =>
  drawUpPlan(ports, staff, { reference: params.reference, request: body }),
);
