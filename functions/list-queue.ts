import { staffRoute } from '../shared/http/staff-route.ts';
import { listQueueRoute } from '../shared/routes/list-queue.ts';
import { listQueue } from '../shared/use-cases/staff/list-queue.ts';

/** The municipality's queue in selection order, with counts. */
export const handler = staffRoute(listQueueRoute, async ({ params, query }, staff, ports) =>
  listQueue(ports, staff, { roundId: params.roundId, query }),
);
