import { answerWith } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { publishSelectionRoute } from '../shared/routes/publish-selection.ts';
import { publishSelection } from '../shared/use-cases/selection/publish-selection.ts';

/**
 * Publishes the latest run: 202 once publishing has started (the results and e-mails follow in the background),
 * 200 when it was published already.
 */
export const handler = staffRoute(publishSelectionRoute, async ({ params }, staff, ports) => {
  const { started, answer } = await publishSelection(ports, staff, { roundId: params.roundId, runId: params.runId });
  return answerWith(started ? 202 : 200, answer);
});
