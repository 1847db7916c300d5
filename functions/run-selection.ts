import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { runSelection } from '../shared/use-cases/selection/run-selection.ts';

/** POST /staff/rounds/{roundId}/selection-runs: runs the selection of a closed round; the same data, the same run. */
export const handler = staffHandler('run-selection', async (event, staff, ports) => {
  const { created, answer } = await runSelection(ports, staff, roundParameter(event));
  return json(created ? 201 : 200, answer);
});
