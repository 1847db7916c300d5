import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PlanEndBodySchema } from '../schemas/plans-api.ts';
import { planAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const endPlanRoute = {
  method: 'PUT',
  path: `${applicationPath}/plan/end`,
  handler: 'end-plan',
  access: 'staff',
  action: 'plan.end',
  summary:
    'Social worker: the year ends, completed or left early; leaving early may offer the place to the waiting list.',
  params: { reference },
  body: PlanEndBodySchema,
  answers: planAnswer,
  refusals: [409, 422],
  needs: {
    table: 'readWrite',
    repositories: ['rounds', 'applications', 'selectionRuns', 'serviceYears', 'supportPlans'],
  },
} as const satisfies StaffRoute;

/** What the run calls; `functions/end-plan.ts` imports it. */
type Uses = typeof import('../use-cases/plans/end-plan.ts');

/** The end of a participant's year: completed, or left early. */
export const run: StaffRun<typeof endPlanRoute, Uses> = async ({ endPlan }, { params, body }, staff, ports) =>
  endPlan(ports, staff, { reference: params.reference, request: body });
