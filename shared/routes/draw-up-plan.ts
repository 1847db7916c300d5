import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PlanVersionBodySchema } from '../schemas/plans-api.ts';
import { drawUpPlan } from '../use-cases/plans/draw-up-plan.ts';
import { applicationChange } from './application-change.ts';
import { planChange } from './plan-change.ts';
import { applicationPath } from './staff-paths.ts';

export const drawUpPlanRoute = {
  ...planChange,
  method: 'POST',
  path: `${applicationPath}/plan/versions`,
  handler: 'draw-up-plan',
  action: 'plan.version',
  summary: 'Social worker: draws up the plan, or revises it by a new version with its reason; never above budget.',
  body: PlanVersionBodySchema,
} as const satisfies StaffRoute;

/** The first version of a participant's plan, or a new one with its reason. */
export const run: StaffRun<typeof drawUpPlanRoute> = async (input, staff, ports) =>
  drawUpPlan(ports, staff, applicationChange(input));
