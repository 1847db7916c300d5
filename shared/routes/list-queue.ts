import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { QueueQuerySchema, QueueResponseSchema } from '../schemas/staff-api.ts';
import { listQueue } from '../use-cases/staff/list-queue.ts';
import { queueRead } from './queue-read.ts';
import { roundPath } from './staff-paths.ts';

export const listQueueRoute = {
  ...queueRead,
  method: 'GET',
  path: `${roundPath}/applications`,
  handler: 'list-queue',
  action: 'queue.read',
  summary:
    'Staff: the municipality’s submitted applications in selection order or another, filtered by review state, with counts per review state.',
  query: QueueQuerySchema,
  answers: { 200: { json: QueueResponseSchema } },
} as const satisfies StaffRoute;

/** The municipality's queue in selection order, with counts. */
export const run: StaffRun<typeof listQueueRoute> = async ({ params, query }, staff, ports) =>
  listQueue(ports, staff, { roundId: params.roundId, query });
