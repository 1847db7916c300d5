import { staffRoute } from '../shared/http/staff-route.ts';
import { searchQueueRoute } from '../shared/routes/search-queue.ts';
import { searchQueue } from '../shared/use-cases/staff/search-queue.ts';

/** The municipality's applications that match a reference, a personal code or a name, sent in the body. */
export const handler = staffRoute(searchQueueRoute, async ({ params, body }, staff, ports) =>
  searchQueue(ports, staff, { roundId: params.roundId, request: body }),
);
