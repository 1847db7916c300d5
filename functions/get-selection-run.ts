import { staffRoute } from '../shared/http/route-handler.ts';
import { getSelectionRun } from '../shared/use-cases/selection/get-selection-run.ts';

/** The latest selection run as it stands now (own municipality's results). */
export const handler = staffRoute('get-selection-run', async ({ params }, staff, ports) =>
  getSelectionRun(ports, staff, params.roundId),
);
