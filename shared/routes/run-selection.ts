import { answerWith } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { SelectionRunResponseSchema } from '../schemas/selection-api.ts';
import { runSelection } from '../use-cases/selection/run-selection.ts';
import { roundPath } from './staff-paths.ts';

export const runSelectionRoute = {
  method: 'POST',
  path: `${roundPath}/selection-runs`,
  handler: 'run-selection',
  access: 'administrator',
  action: 'selection.run',
  summary: 'Administrator: run the selection of a closed round. The same data gives the same run (200).',
  params: { roundId },
  answers: { 200: { json: SelectionRunResponseSchema }, 201: { json: SelectionRunResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications', 'selectionRuns', 'retention'] },
} as const satisfies StaffRoute;

/** Runs the selection of a closed round: 201 for a new run, 200 when the same data gave the same run. */
export const run: StaffRun<typeof runSelectionRoute> = async ({ params }, staff, ports) => {
  const { created, answer } = await runSelection(ports, staff, params.roundId);
  return answerWith(created ? 201 : 200, answer);
};
