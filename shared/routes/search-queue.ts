import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { QueueSearchRequestSchema, QueueSearchResponseSchema } from '../schemas/staff-api.ts';
import { searchQueue } from '../use-cases/staff/search-queue.ts';
import { queueRead } from './queue-read.ts';
import { roundPath } from './staff-paths.ts';

export const searchQueueRoute = {
  ...queueRead,
  method: 'POST',
  path: `${roundPath}/applications/search`,
  handler: 'search-queue',
  action: 'queue.search',
  summary:
    'Staff: the municipality’s applications that match a whole reference, a whole personal code or words of the ' +
    'name, sorted and paged as the queue. In the body, so a personal code stays out of addresses and logs; the ' +
    'audit entry records that a search was made, not what was searched for.',
  body: QueueSearchRequestSchema,
  answers: { 200: { json: QueueSearchResponseSchema } },
} as const satisfies StaffRoute;

/** The municipality's applications that match a reference, a personal code or a name, sent in the body. */
export const run: StaffRun<typeof searchQueueRoute> = async ({ params, body }, staff, ports) =>
  searchQueue(ports, staff, { roundId: params.roundId, request: body });
