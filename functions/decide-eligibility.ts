import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { EligibilityRequestSchema } from '../shared/schemas/staff-api.ts';
import { decideEligibility } from '../shared/use-cases/staff/review-decisions.ts';

/** PUT /staff/applications/{reference}/eligibility: eligible or not, with the reason. */
export const handler = staffHandler('decide-eligibility', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const request = jsonBody(event, EligibilityRequestSchema);
  return json(200, await decideEligibility(ports, staff, { reference, request }));
});
