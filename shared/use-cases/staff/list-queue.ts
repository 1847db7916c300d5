import type { StaffPorts } from '../../ports/index.ts';
import type { QueueQuery, QueueResponse } from '../../schemas/staff-api.ts';
import { municipalityQueuePage } from './municipality-queue.ts';
import type { StaffContext } from './staff-context.ts';

/**
 * A page of a municipality's submitted applications, in selection order or another (`sort`), filtered by review
 * state, with the counts per state of the whole queue. Reads the page and the counts, never the whole queue.
 */
export async function listQueue(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; query: QueueQuery },
): Promise<QueueResponse> {
  const { state } = input.query;
  const { roundId, municipalityCode, items, nextCursor, page } = await municipalityQueuePage(
    ports,
    staff,
    { roundId: input.roundId, ...input.query },
    { kind: 'queue', state },
    (query) => ports.applications.queuePage(query),
  );
  return {
    roundId,
    municipalityCode,
    counts: page.counts,
    total: Object.values(page.counts).reduce((sum, count) => sum + count, 0),
    items,
    ...(nextCursor && { nextCursor }),
  };
}
