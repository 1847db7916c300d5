import { answerWith } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { runSelectionRoute } from '../shared/routes/run-selection.ts';
import { runSelection } from '../shared/use-cases/selection/run-selection.ts';

/** Runs the selection of a closed round: 201 for a new run, 200 when the same data gave the same run. */
export const handler = staffRoute(runSelectionRoute, async ({ params }, staff, ports) => {
  const { created, answer } = await runSelection(ports, staff, params.roundId);
  return answerWith(created ? 201 : 200, answer);
});
