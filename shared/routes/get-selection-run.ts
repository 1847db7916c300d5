import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { SelectionRunQuerySchema, SelectionRunResponseSchema } from '../schemas/selection-api.ts';
import { getSelectionRun } from '../use-cases/selection/get-selection-run.ts';
import { roundPath } from './staff-paths.ts';

export const getSelectionRunRoute = {
  method: 'GET',
  path: `${roundPath}/selection-runs/latest`,
  handler: 'get-selection-run',
  access: 'staff',
  action: 'selection.read',
  summary:
    'Staff: the latest selection run, whether it is stale, each municipality’s numbers, and a page of a ' +
    'municipality’s result as it stands now (own municipality; administrators name one).',
  params: { roundId },
  query: SelectionRunQuerySchema,
  answers: { 200: { json: SelectionRunResponseSchema } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'applications', 'selectionRuns', 'retention'] },
} as const satisfies StaffRoute;

/** The latest selection run as it stands now, with a page of a municipality's result (a social worker's own). */
export const run: StaffRun<typeof getSelectionRunRoute> = async ({ params, query }, staff, ports) =>
  getSelectionRun(ports, staff, {
    roundId: params.roundId,
    ...(query.municipality && { municipality: query.municipality }),
    ...(query.from !== undefined && { from: query.from }),
  });
