import { NotFoundError } from '../shared/domain/errors.ts';
import { pathParameter } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { RunIdSchema } from '../shared/schemas/selection-api.ts';
import { publishSelection } from '../shared/use-cases/selection/publish-selection.ts';

/** POST /staff/rounds/{roundId}/selection-runs/{runId}/publication: publishes the results to the applicants. */
export const handler = staffHandler('publish-selection', async (event, staff, ports) => {
  const roundId = roundParameter(event);
  const runId = pathParameter(event, 'runId', RunIdSchema, () => new NotFoundError('SELECTION_NOT_RUN'));
  return json(200, await publishSelection(ports, staff, { roundId, runId }));
});
