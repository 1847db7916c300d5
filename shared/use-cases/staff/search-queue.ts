import type { StaffPorts } from '../../ports/index.ts';
import type { QueueSearchRequest, QueueSearchResponse } from '../../schemas/staff-api.ts';
import { municipalityQueue, PAGE_SIZE } from './municipality-queue.ts';
import { pageOf } from './queue-order.ts';
import { readSearch } from './queue-search.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';

/**
 * The applications of a municipality's queue that match a reference, a personal code or a name, in the order and
 * pages the queue has. Only the caller's queue is searched, so another municipality's application is never found,
 * not even by its exact reference or personal code. The audit entry says a search was made in which queue, never
 * what was searched for.
 */
export async function searchQueue(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; request: QueueSearchRequest },
): Promise<QueueSearchResponse> {
  const { request } = input;
  const { roundId, municipalityCode, applications, rows } = await municipalityQueue(ports, staff, {
    roundId: input.roundId,
    municipality: request.municipality,
  });
  const search = readSearch(request.text, ports.keyring);
  const matching = new Set(applications.filter(search.matches).map((application) => application.reference));
  const found = rows.filter((row) => matching.has(row.reference));
  const page = pageOf(found, rows, {
    sort: request.sort ?? 'selection',
    cursor: request.cursor,
    limit: request.limit ?? PAGE_SIZE,
  });

  await ports.audit.append(auditEntry(staff, { roundId, municipalityCode }));
  return {
    roundId,
    municipalityCode,
    matchedBy: search.kind,
    found: page.of,
    items: page.items,
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
  };
}
