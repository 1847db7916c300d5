import { staffRoute } from '../shared/http/staff-route.ts';
import { getSelectionRunRoute } from '../shared/routes/get-selection-run.ts';
import { getSelectionRun } from '../shared/use-cases/selection/get-selection-run.ts';

/** The latest selection run as it stands now, with a page of a municipality's result (a social worker's own). */
export const handler = staffRoute(getSelectionRunRoute, async ({ params, query }, staff, ports) =>
  getSelectionRun(ports, staff, {
    roundId: params.roundId,
    ...(query.municipality && { municipality: query.municipality }),
    ...(query.from !== undefined && { from: query.from }),
  }),
);
