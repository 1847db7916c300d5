import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { getSupportPlan } from '../use-cases/plans/get-support-plan.ts';
import { planAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const getSupportPlanRoute = {
  method: 'GET',
  path: `${applicationPath}/plan`,
  handler: 'get-support-plan',
  access: 'staff',
  action: 'plan.read',
  summary: 'Staff: a participant’s support plan with every version, the months delivered, reviews and the end.',
  params: { reference },
  answers: planAnswer,
  refusals: [409],
  needs: { table: 'read', repositories: ['applications', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** A participant's support plan and year. */
export const run: StaffRun<typeof getSupportPlanRoute> = async ({ params }, staff, ports) =>
  getSupportPlan(ports, staff, params.reference);
