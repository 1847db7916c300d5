import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewState } from '../../../shared/schemas/review.ts';
import type { QueueItem, QueueQuery, QueueSort } from '../../../shared/schemas/staff-api.ts';
import { listQueue } from '../../../shared/use-cases/staff/list-queue.ts';
import { searchQueue } from '../../../shared/use-cases/staff/search-queue.ts';
import type { MemoryPorts } from '../../fakes/memory-ports.ts';
import { everyPage, largeQueue, SORTS, submittedAs, worker } from './queue-steps.ts';
import { administrator, bauskaWorker, portsOf, scoredRound, staffRequest } from './staff-steps.ts';

const COUNT = 300;

const queue = (ports: MemoryPorts, query: QueueQuery) =>
  listQueue(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'queue.read'), {
    roundId: scoredRound.id,
    query,
  });

const referencesOf = (items: readonly QueueItem[]) => items.map(({ reference }) => reference);

/** Every row of the queue in one answer (the largest page), which the pages must add up to. */
async function whole(ports: MemoryPorts, query: QueueQuery): Promise<QueueItem[]> {
  const rows: QueueItem[] = [];
  for (const page of await everyPage((cursor) => queue(ports, { ...query, limit: 200, cursor }))) rows.push(...page);
  return rows;
}

/** Whether each row comes at or after the one before by the sort's own rule, told here independently of the code. */
const inOrder: Record<QueueSort, (before: QueueItem, after: QueueItem) => boolean> = {
  selection: (a, b) =>
    (a.totalScore ?? 0) > (b.totalScore ?? 0) ||
    ((a.totalScore ?? 0) === (b.totalScore ?? 0) &&
      (a.receivedAt < b.receivedAt || (a.receivedAt === b.receivedAt && a.reference < b.reference))),
  received: (a, b) => a.receivedAt < b.receivedAt || (a.receivedAt === b.receivedAt && a.reference < b.reference),
  name: (a, b) => {
    const order = new Intl.Collator('lv').compare(a.lastName, b.lastName);
    return order < 0 || (order === 0 && new Intl.Collator('lv').compare(a.firstName, b.firstName) <= 0);
  },
  state: (a, b) => WORK_ORDER.indexOf(a.state) <= WORK_ORDER.indexOf(b.state),
};
const WORK_ORDER: ReviewState[] = ['to-review', 'possible-duplicate', 'eligible', 'not-eligible', 'set-aside'];

describe(`paging through ${COUNT} applications`, () => {
  let ports: MemoryPorts;
  let references: string[];
  beforeAll(async () => {
    ({ ports, references } = await largeQueue(COUNT));
  }, 60_000);

  it('has every state a sort can order by, and only Bauska’s applications', async () => {
    const { counts, total } = await queue(ports, {});
    expect(total).toBe(COUNT);
    for (const state of WORK_ORDER.slice(0, 4)) expect(counts[state], state).toBeGreaterThan(10);
  });

  it.each(SORTS)('sorted by %s, shows each application exactly once, in order, pages of 7', async (sort) => {
    const pages = await everyPage((cursor) => queue(ports, { sort, limit: 7, cursor }));
    const shown = pages.flat();
    expect(pages).toHaveLength(Math.ceil(COUNT / 7));
    expect(referencesOf(shown).sort()).toEqual([...references].sort());
    for (let index = 1; index < shown.length; index++) {
      expect(inOrder[sort](shown[index - 1] as QueueItem, shown[index] as QueueItem), `row ${index}`).toBe(true);
    }
  });

  it.each(SORTS)(
    'sorted by %s and filtered to one state, shows that state’s applications exactly once',
    async (sort) => {
      for (const state of ['to-review', 'eligible', 'possible-duplicate'] as const) {
        const shown = (await everyPage((cursor) => queue(ports, { sort, state, limit: 9, cursor }))).flat();
        const expected = (await whole(ports, { sort })).filter((row) => row.state === state);
        expect(referencesOf(shown), state).toEqual(referencesOf(expected));
      }
    },
  );

  it('numbers the rows in the order shown, on from the rows of the pages before', async () => {
    for (const query of [{}, { sort: 'name' as const }, { state: 'eligible' as const, sort: 'received' as const }]) {
      const pages = await everyPage((cursor) => queue(ports, { ...query, limit: 13, cursor }));
      const shown = pages.flat();
      expect(
        shown.map(({ position }) => position),
        JSON.stringify(query),
      ).toEqual(shown.map((_, index) => index + 1));
    }
  });
});

describe('a cursor keeps its place while the queue changes between two pages', () => {
  /** Reads the queue page by page, and between pages lets `change` act on the last row shown. */
  async function pagesWhileChanging(
    ports: MemoryPorts,
    query: QueueQuery,
    change: (lastShown: QueueItem, page: number) => Promise<boolean>,
  ): Promise<{ shown: QueueItem[]; changed: Set<string> }> {
    const shown: QueueItem[] = [];
    const changed = new Set<string>();
    let page = 0;
    await everyPage(async (cursor) => {
      const answer = await queue(ports, { ...query, cursor });
      shown.push(...answer.items);
      const last = answer.items.at(-1);
      if (last && answer.nextCursor && (await change(last, page))) changed.add(last.reference);
      page += 1;
      return answer;
    });
    return { shown, changed };
  }

  it.each(SORTS)('sorted by %s: the rows that did not change show exactly once', async (sort) => {
    const { ports } = await largeQueue(120);
    const before = await whole(ports, { sort, state: 'to-review' });
    const review = worker(ports);
    // The last row shown is decided, and so leaves the filter; every second one is scored first, so it moves.
    const { shown, changed } = await pagesWhileChanging(
      ports,
      { sort, state: 'to-review', limit: 5 },
      async (last, page) => {
        if (last.state !== 'to-review') return false;
        if (page % 2 === 0) await review.score(last.reference, 9);
        await review.refuse(last.reference);
        return true;
      },
    );
    expect(changed.size).toBeGreaterThan(3);
    const unchanged = referencesOf(before).filter((reference) => !changed.has(reference));
    const shownUnchanged = referencesOf(shown).filter((reference) => !changed.has(reference));
    expect(shownUnchanged).toEqual(unchanged);
  });

  it('sorted by selection: a row scored above the cursor after it was shown does not move the next page', async () => {
    const { ports: fresh } = await largeQueue(30);
    const first = await listQueue(portsOf(fresh, bauskaWorker), staffRequest(bauskaWorker, 'queue.read'), {
      roundId: scoredRound.id,
      query: { limit: 10 },
    });
    const last = first.items.at(-1) as QueueItem;
    await worker(fresh).score(last.reference, 10);
    const second = await listQueue(portsOf(fresh, bauskaWorker), staffRequest(bauskaWorker, 'queue.read'), {
      roundId: scoredRound.id,
      query: { limit: 10, cursor: first.nextCursor },
    });
    const unchanged = await listQueue(portsOf(fresh, bauskaWorker), staffRequest(bauskaWorker, 'queue.read'), {
      roundId: scoredRound.id,
      query: { limit: 30 },
    });
    const rest = referencesOf(unchanged.items).filter((reference) => reference !== last.reference);
    // The first page showed 10; the rows after them in the queue as it is now come next, the moved one not again.
    expect(referencesOf(second.items)).toEqual(rest.slice(9, 19));
  });
});

describe('cursors that were not handed out for the list asked for', () => {
  /** A cursor into Bauska's queue: after its first row, in selection order, unfiltered. */
  async function handedOut() {
    const { ports } = await largeQueue(3);
    const answer = await queue(ports, { limit: 1 });
    return { ports, cursor: answer.nextCursor as string };
  }
  const refused = { violations: [{ code: 'CURSOR_INVALID', field: 'cursor' }] };

  it('goes on with the cursor the list handed out', async () => {
    const { ports, cursor } = await handedOut();
    await expect(queue(ports, { limit: 1, cursor })).resolves.toMatchObject({ items: [{ position: 2 }] });
  });

  it.each([
    [
      'a character changed',
      (cursor: string) => `${cursor.slice(0, 20)}${cursor[20] === 'A' ? 'B' : 'A'}${cursor.slice(21)}`,
    ],
    ['cut short', (cursor: string) => cursor.slice(0, -4)],
    ['a reference', () => 'KDMA-4729~0'],
    ['text that is not a cursor', () => 'next'],
  ])('refuses one with %s', async (_, change) => {
    const { ports, cursor } = await handedOut();
    await expect(queue(ports, { cursor: change(cursor) })).rejects.toMatchObject(refused);
  });

  it.each([
    ['another sort', { sort: 'name' as const }],
    ['a filter', { state: 'to-review' as const }],
  ])('refuses it for %s of the same queue', async (_, query) => {
    const { ports, cursor } = await handedOut();
    await expect(queue(ports, { ...query, cursor })).rejects.toMatchObject(refused);
  });

  it('refuses a cursor of one municipality’s queue in another’s, and a search’s in the queue', async () => {
    const { ports } = await largeQueue(3);
    await submittedAs(ports, { firstName: 'Ilze', lastName: 'Ozola', municipalityCode: 'LV-JEL' });
    // A second Anna in Bauska, so a search for Anna has a second page.
    await submittedAs(ports, { firstName: 'Anna', lastName: 'Liepa' });
    const admin = (municipality: string, cursor?: string) =>
      listQueue(portsOf(ports, administrator), staffRequest(administrator, 'queue.read'), {
        roundId: scoredRound.id,
        query: { municipality, limit: 1, ...(cursor && { cursor }) },
      });
    const jelgava = (await admin('LV-JEL')).nextCursor as string;
    await expect(admin('LV-016', jelgava)).rejects.toMatchObject(refused);
    const search = await searchQueue(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'queue.search'), {
      roundId: scoredRound.id,
      request: { text: 'anna', limit: 1 },
    });
    await expect(queue(ports, { limit: 1, cursor: search.nextCursor as string })).rejects.toMatchObject(refused);
  });
});
