import type { StaffPorts } from '../../ports/index.ts';
import type { QueueSearchRequest, QueueSearchResponse } from '../../schemas/staff-api.ts';
import { municipalityQueuePage } from './municipality-queue.ts';
import { pageOfEntries } from './queue-order.ts';
import { readSearch } from './queue-search.ts';
import type { StaffContext } from './staff-context.ts';

/**
 * The applications of a municipality's queue that match a reference, a personal code or a name, in the order and
 * pages the queue has. Only the caller's queue is searched, so another municipality's application is never found,
 * not even by its exact reference or personal code. What is read grows with what is found, not with the queue
 * (see `ApplicationRepository.findInQueue`). The audit entry says a search was made in which queue, never what
 * was searched for.
 */
export async function searchQueue(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; request: QueueSearchRequest },
): Promise<QueueSearchResponse> {
  const { text, ...request } = input.request;
  const lookup = readSearch(text, ports.keyring);
  const { roundId, municipalityCode, items, nextCursor, page } = await municipalityQueuePage(
    ports,
    staff,
    { roundId: input.roundId, ...request },
    { kind: 'search' },
    async (query) => {
      const found = await ports.applications.findInQueue(query.roundId, query.municipalityCode, lookup);
      return { ...pageOfEntries(found, query.sort, query.after, query.limit), found: found.length };
    },
  );
  return {
    roundId,
    municipalityCode,
    matchedBy: lookup.kind,
    found: page.found,
    items,
    ...(nextCursor && { nextCursor }),
  };
}
