import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PlanEndBodySchema } from '../schemas/plans-api.ts';
import { endPlan } from '../use-cases/plans/end-plan.ts';
import { applicationChange } from './application-change.ts';
import { planChange } from './plan-change.ts';
import { applicationPath } from './staff-paths.ts';

export const endPlanRoute = {
  ...planChange,
  method: 'PUT',
  path: `${applicationPath}/plan/end`,
  handler: 'end-plan',
  action: 'plan.end',
  summary:
    'Social worker: the year ends, completed or left early; leaving early may offer the place to the waiting list.',
  body: PlanEndBodySchema,
  needs: {
    table: 'readWrite',
    repositories: ['rounds', 'applications', 'selectionRuns', 'serviceYears', 'supportPlans'],
  },
} as const satisfies StaffRoute;

/** The end of a participant's year: completed, or left early. */
export const run: StaffRun<typeof endPlanRoute> = async (input, staff, ports) =>
  endPlan(ports, staff, applicationChange(input));
