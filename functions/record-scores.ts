import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { ScoresRequestSchema } from '../shared/schemas/staff-api.ts';
import { recordScores } from '../shared/use-cases/staff/review-decisions.ts';

/** PUT /staff/applications/{reference}/scores: points per selection criterion, with a justification. */
export const handler = staffHandler('record-scores', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const request = jsonBody(event, ScoresRequestSchema);
  return json(200, await recordScores(ports, staff, { reference, request }));
});
