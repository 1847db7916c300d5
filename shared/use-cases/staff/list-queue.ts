import { countByState } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { QueueQuery, QueueResponse } from '../../schemas/staff-api.ts';
import { municipalityQueue, PAGE_SIZE } from './municipality-queue.ts';
import { pageOf } from './queue-order.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';

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
  const { query } = input;
  const { roundId, municipalityCode, rows } = await municipalityQueue(ports, staff, {
    roundId: input.roundId,
    municipality: query.municipality,
  });
  const shown = query.state ? rows.filter((row) => row.state === query.state) : rows;
  const page = pageOf(shown, rows, {
    sort: query.sort ?? 'selection',
    cursor: query.cursor,
    limit: query.limit ?? PAGE_SIZE,
  });

  await ports.audit.append(auditEntry(staff, { roundId, municipalityCode }));
  return {
    roundId,
    municipalityCode,
    counts: countByState(rows.map((row) => row.state)),
    total: rows.length,
    items: page.items,
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
  };
}
