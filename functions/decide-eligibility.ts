import { staffRoute } from '../shared/http/staff-route.ts';
import { decideEligibilityRoute } from '../shared/routes/decide-eligibility.ts';
import { decideEligibility } from '../shared/use-cases/staff/review-decisions.ts';

/** Decides eligible or not eligible, with a reason. */
export const handler = staffRoute(decideEligibilityRoute, async ({ params, body }, staff, ports) =>
  decideEligibility(ports, staff, { reference: params.reference, request: body }),
);
