import { answerWith } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { runId } from '../http/run-id-part.ts';
import { SelectionRunResponseSchema } from '../schemas/selection-api.ts';
import { publishSelection } from '../use-cases/selection/publish-selection.ts';
import { roundPath } from './staff-paths.ts';

export const publishSelectionRoute = {
  method: 'POST',
  path: `${roundPath}/selection-runs/{runId}/publication`,
  handler: 'publish-selection',
  access: 'administrator',
  action: 'selection.publish',
  summary:
    'Administrator: publish the latest run, while intake is closed. Answers at once (202) while the results are ' +
    'recorded and each applicant is e-mailed their result once, in the background at the mail service’s rate; the ' +
    'run’s `publication` says how far it has come. Asked again, it only answers (200) and nudges a stalled job on.',
  params: { roundId, runId },
  answers: { 202: { json: SelectionRunResponseSchema }, 200: { json: SelectionRunResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications', 'selectionRuns', 'retention'] },
} as const satisfies StaffRoute;

/**
 * Publishes the latest run: 202 once publishing has started (the results and e-mails follow in the background),
 * 200 when it was published already.
 */
export const run: StaffRun<typeof publishSelectionRoute> = async ({ params }, staff, ports) => {
  const { started, answer } = await publishSelection(ports, staff, { roundId: params.roundId, runId: params.runId });
  return answerWith(started ? 202 : 200, answer);
};
