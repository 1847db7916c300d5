import type { QueuePageQuery } from '../../ports/application-repository.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ReviewState } from '../../schemas/review.ts';
import type { QueueItem, QueueSort } from '../../schemas/staff-api.ts';
import { municipalityRead } from './municipality-read.ts';
import { type CursorScope, readCursor, writeCursor } from './queue-cursor.ts';
import type { EntriesPage } from './queue-order.ts';
import type { StaffContext } from './staff-context.ts';

/** The rows of a page when a request names no number. */
const PAGE_SIZE = 50;

/** Which page of a queue a request asks for, in which order, and whose queue (`municipality`: administrators). */
export interface QueuePageRequest {
  roundId: string;
  municipality?: string | undefined;
  sort?: QueueSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface MunicipalityQueuePage<Page extends EntriesPage> {
  roundId: string;
  municipalityCode: string;
  /** The page's rows, numbered in the order shown from the list's first row on. */
  items: QueueItem[];
  nextCursor?: string;
  /** What `read` gave. */
  page: Page;
}

/**
 * One page of a list of a municipality's queue (the queue itself, filtered or not, or what a search found): the
 * signed-in social worker's own municipality's, or the one an administrator names. `read` reads only the page,
 * through the caller's scope, after the row the cursor names. The cursor keeps its place whatever changes between
 * two pages: the next page starts after the last row's place as it was shown, so a row whose place changed may
 * show twice or not at all, and every other row shows exactly once. The read is audited as one of that
 * municipality's queue, whatever was chosen from it.
 */
export async function municipalityQueuePage<Page extends EntriesPage>(
  ports: StaffPorts,
  staff: StaffContext,
  request: QueuePageRequest,
  list: { kind: CursorScope['list']; state?: ReviewState | undefined },
  read: (query: QueuePageQuery) => Promise<Page>,
): Promise<MunicipalityQueuePage<Page>> {
  return municipalityRead(ports, staff, request, async (round, municipalityCode) => {
    const sort = request.sort ?? 'selection';
    const scope: CursorScope = { list: list.kind, roundId: round.id, municipalityCode, sort, state: list.state };
    const cursor = readCursor(ports.keyring, scope, request.cursor);
    const shown = cursor?.shown ?? 0;
    const page = await read({
      roundId: round.id,
      municipalityCode,
      sort,
      state: list.state,
      after: cursor?.after,
      limit: request.limit ?? PAGE_SIZE,
    });
    const items = page.entries.map((entry, index) => ({ position: shown + index + 1, ...entry.row }));
    const last = page.entries.at(-1);
    return {
      roundId: round.id,
      municipalityCode,
      items,
      ...(page.more &&
        last && {
          nextCursor: writeCursor(ports.keyring, scope, { after: last.sortKeys[sort], shown: shown + items.length }),
        }),
      page,
    };
  });
}
