import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { getSelectionRun } from '../shared/use-cases/selection/get-selection-run.ts';

/** GET /staff/rounds/{roundId}/selection-runs/latest: the latest run as it stands now, and whether it is stale. */
export const handler = staffHandler('get-selection-run', async (event, staff, ports) => {
  return json(200, await getSelectionRun(ports, staff, roundParameter(event)));
});
