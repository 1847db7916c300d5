import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
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
