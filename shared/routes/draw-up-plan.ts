import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PlanVersionBodySchema } from '../schemas/plans-api.ts';
import { planAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const drawUpPlanRoute = {
  method: 'POST',
  path: `${applicationPath}/plan/versions`,
  handler: 'draw-up-plan',
  access: 'staff',
  action: 'plan.version',
  summary: 'Social worker: draws up the plan, or revises it by a new version with its reason; never above budget.',
  params: { reference },
  body: PlanVersionBodySchema,
  answers: planAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['applications', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** What the run calls; `functions/draw-up-plan.ts` imports it. */
type Uses = typeof import('../use-cases/plans/draw-up-plan.ts');

/** The first version of a participant's plan, or a new one with its reason. */
export const run: StaffRun<typeof drawUpPlanRoute, Uses> = async ({ drawUpPlan }, { params, body }, staff, ports) =>
  drawUpPlan(ports, staff, { reference: params.reference, request: body });
