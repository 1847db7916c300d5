import { queryParameters } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { QueueQuerySchema } from '../shared/schemas/staff-api.ts';
import { listQueue } from '../shared/use-cases/staff/list-queue.ts';

/** GET /staff/rounds/{roundId}/applications: the municipality's queue in selection order, with counts. */
export const handler = staffHandler('list-queue', async (event, staff, ports) => {
  const roundId = roundParameter(event);
  const query = queryParameters(event, QueueQuerySchema);
  return json(200, await listQueue(ports, staff, { roundId, query }));
});
