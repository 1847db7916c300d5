import { compareStrings } from '../../domain/code-unit-order.ts';
import type { QueueEntry } from '../../domain/queue-entry.ts';
import type { QueueSort } from '../../schemas/staff-api.ts';

/** Some entries of a list in its order, and whether more follow. */
export interface EntriesPage {
  entries: QueueEntry[];
  more: boolean;
}

/**
 * One page of entries read whole (what a search found), in the order `sort`, after the sort key of the last row
 * shown. The sort keys are the ones the queue's indexes keep, so a search lists its finds in the queue's order.
 */
export function pageOfEntries(
  entries: readonly QueueEntry[],
  sort: QueueSort,
  after: string | undefined,
  limit: number,
): EntriesPage {
  const key = (entry: QueueEntry) => entry.sortKeys[sort];
  const following = entries
    .filter((entry) => after === undefined || key(entry) > after)
    .sort((a, b) => compareStrings(key(a), key(b)));
  return { entries: following.slice(0, limit), more: following.length > limit };
}
