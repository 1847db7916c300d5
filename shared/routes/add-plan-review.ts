import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PlanReviewBodySchema } from '../schemas/plans-api.ts';
import { addReview } from '../use-cases/plans/add-review.ts';
import { applicationChange } from './application-change.ts';
import { planChange } from './plan-change.ts';
import { applicationPath } from './staff-paths.ts';

export const addPlanReviewRoute = {
  ...planChange,
  method: 'POST',
  path: `${applicationPath}/plan/reviews`,
  handler: 'add-plan-review',
  action: 'plan.review',
  summary: 'Social worker: a review of the year with notes.',
  body: PlanReviewBodySchema,
} as const satisfies StaffRoute;

/** A review of the participant's year. */
export const run: StaffRun<typeof addPlanReviewRoute> = async (input, staff, ports) =>
  addReview(ports, staff, applicationChange(input));
