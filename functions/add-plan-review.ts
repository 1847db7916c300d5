import { staffRoute } from '../shared/http/staff-route.ts';
import { addPlanReviewRoute } from '../shared/routes/add-plan-review.ts';
import { addReview } from '../shared/use-cases/plans/add-review.ts';

/** A review of the participant's year. */
export const handler = staffRoute(addPlanReviewRoute, async ({ params, body }, staff, ports) =>
  addReview(ports, staff, { reference: params.reference, request: body }),
);
