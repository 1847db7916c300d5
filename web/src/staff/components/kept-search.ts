import { useEffect, useState } from 'preact/hooks';
import type { QueueSort } from '../api/types.ts';

/** A search of the queue, and the page of its results shown (a cursor belongs to the order it was made in). */
export interface KeptSearch {
  text: string;
  page?: { sort: QueueSort; cursor: string };
}

const KEY = 'queueSearch';

/**
 * The search of the queue page, kept in the browser's history entry of the page rather than in its address (the
 * text may be a personal code): after opening an application, the back button returns to the same results.
 * `address` is the page's query string: when it changes (another order), the new entry keeps the search too.
 */
export function useKeptSearch(address: string) {
  const [search, setSearch] = useState<KeptSearch | undefined>(keptSearch);
  useEffect(() => {
    history.replaceState({ ...(history.state ?? {}), [KEY]: search }, '');
  }, [search, address]);
  return [search, setSearch] as const;
}

function keptSearch(): KeptSearch | undefined {
  const kept = (history.state as Record<string, unknown> | null)?.[KEY] as Partial<KeptSearch> | undefined;
  if (typeof kept?.text !== 'string') return undefined;
  const { page } = kept;
  return typeof page?.cursor === 'string' && typeof page.sort === 'string'
    ? { text: kept.text, page }
    : { text: kept.text };
}
