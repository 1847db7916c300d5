import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import { SelectionRunResponseSchema } from '../schemas/selection-api.ts';
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
