import { staffRoute } from '../shared/http/route-handler.ts';
import { decideEligibility } from '../shared/use-cases/staff/review-decisions.ts';

/** Decides eligible or not eligible, with a reason. */
export const handler = staffRoute('decide-eligibility', async ({ params, body }, staff, ports) =>
  decideEligibility(ports, staff, { reference: params.reference, request: body }),
);
