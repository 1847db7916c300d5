import { staffRoute } from '../shared/http/route-handler.ts';
import { addReview } from '../shared/use-cases/plans/add-review.ts';

/** A review of the participant's year. */
export const handler = staffRoute('add-plan-review', async ({ params, body }, staff, ports) =>
  addReview(ports, staff, { reference: params.reference, request: body }),
);
