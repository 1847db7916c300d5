import { countByState } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { QueueQuery, QueueResponse } from '../../schemas/staff-api.ts';
import { municipalityQueuePage } from './municipality-queue.ts';
import type { StaffContext } from './staff-context.ts';

/**
 * A municipality's submitted applications, in selection order or another (`sort`), filtered by review state, with
 * counts per state of the whole queue. Paged by a cursor that keeps its place whatever changes between two pages
 * (see `pageOf`).
 */
export async function listQueue(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; query: QueueQuery },
): Promise<QueueResponse> {
  const { state } = input.query;
  const { roundId, municipalityCode, rows, page } = await municipalityQueuePage(
    ports,
    staff,
    { roundId: input.roundId, ...input.query },
    (all) => (state ? all.filter((row) => row.state === state) : all),
  );
  return {
    roundId,
    municipalityCode,
    counts: countByState(rows.map((row) => row.state)),
    total: rows.length,
    items: page.items,
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
  };
}
