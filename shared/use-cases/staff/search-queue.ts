import type { StaffPorts } from '../../ports/index.ts';
import type { QueueSearchRequest, QueueSearchResponse } from '../../schemas/staff-api.ts';
import { municipalityQueuePage } from './municipality-queue.ts';
import { readSearch } from './queue-search.ts';
import type { StaffContext } from './staff-context.ts';

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
  const { text, ...request } = input.request;
  const search = readSearch(text, ports.keyring);
  const { roundId, municipalityCode, page } = await municipalityQueuePage(
    ports,
    staff,
    { roundId: input.roundId, ...request },
    (rows, applications) => {
      const matching = new Set(applications.filter(search.matches).map((application) => application.reference));
      return rows.filter((row) => matching.has(row.reference));
    },
  );
  return {
    roundId,
    municipalityCode,
    matchedBy: search.kind,
    found: page.of,
    items: page.items,
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
  };
}
