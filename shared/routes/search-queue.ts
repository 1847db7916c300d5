import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { QueueSearchRequestSchema, QueueSearchResponseSchema } from '../schemas/staff-api.ts';
import { roundPath } from './staff-paths.ts';

export const searchQueueRoute = {
  method: 'POST',
  path: `${roundPath}/applications/search`,
  handler: 'search-queue',
  access: 'staff',
  action: 'queue.search',
  summary:
    'Staff: the municipality’s applications that match a whole reference, a whole personal code or words of the ' +
    'name, sorted and paged as the queue. In the body, so a personal code stays out of addresses and logs; the ' +
    'audit entry records that a search was made, not what was searched for.',
  params: { roundId },
  body: QueueSearchRequestSchema,
  answers: { 200: { json: QueueSearchResponseSchema } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'applications'] },
} as const satisfies StaffRoute;

/** What the run calls; `functions/search-queue.ts` imports it. */
type Uses = typeof import('../use-cases/staff/search-queue.ts');

/** The municipality's applications that match a reference, a personal code or a name, sent in the body. */
export const run: StaffRun<typeof searchQueueRoute, Uses> = async ({ searchQueue }, { params, body }, staff, ports) =>
  searchQueue(ports, staff, { roundId: params.roundId, request: body });
