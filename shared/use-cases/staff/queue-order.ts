import { RuleViolationError } from '../../domain/errors.ts';
import type { ReviewState } from '../../schemas/review.ts';
import { ReviewStateSchema } from '../../schemas/review.ts';
import type { QueueItem, QueueSort } from '../../schemas/staff-api.ts';

/** What waits for a social worker first, then the decided, then those out of the selection. */
const STATE_ORDER: readonly ReviewState[] = [
  'to-review',
  'possible-duplicate',
  'eligible',
  'not-eligible',
  'set-aside',
  'withdrawn',
];

/** Names in Latvian alphabetical order (ā after a, č after c …), as people expect a list of names. */
const names = new Intl.Collator('lv');

type Compare = (a: QueueItem, b: QueueItem) => number;

const byReference: Compare = (a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0);
const byReceipt: Compare = (a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt);
const scoreOf = (item: QueueItem) => item.totalScore ?? 0;

/** Each sort as a total order: the reference settles every tie, so a row's place never depends on chance. */
const ORDERS: Record<QueueSort, Compare> = {
  // As the selection ranks, and as the queue index keeps them: a missing score counts as 0.
  selection: (a, b) => scoreOf(b) - scoreOf(a) || byReceipt(a, b) || byReference(a, b),
  received: (a, b) => byReceipt(a, b) || byReference(a, b),
  name: (a, b) => names.compare(a.lastName, b.lastName) || names.compare(a.firstName, b.firstName) || byReference(a, b),
  state: (a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || byReceipt(a, b) || byReference(a, b),
};

/**
 * The parts of a row's place that a review can change: its score places it in selection order, its state in
 * state order. The cursor keeps them as they were when the row was shown; receipt time and name never change.
 */
const CHANGING: Record<QueueSort, 'score' | 'state' | undefined> = {
  selection: 'score',
  received: undefined,
  name: undefined,
  state: 'state',
};

const CURSOR = /^([A-Z]{4}-[0-9]{4})(?:~([0-9]{1,4}|[a-z-]{1,32}))?$/;

export interface QueuePage {
  items: QueueItem[];
  /** How many rows there are to page through. */
  of: number;
  nextCursor?: string;
}

/**
 * One page of `rows` in the order `sort`, after the row the cursor names. The cursor is the last reference shown,
 * with its score or state as shown when the sort depends on it (`KDMA-4729~7`), so the next page starts where the
 * last one ended even when that row was decided, scored or filtered out meanwhile. A row whose place changed
 * between two pages may show twice or not at all; every other row shows exactly once. The rows of the cursor are
 * looked up in `queue`, the municipality's whole queue: a reference outside it is refused like a malformed one.
 */
export function pageOf(
  rows: readonly QueueItem[],
  queue: readonly QueueItem[],
  options: { sort: QueueSort; cursor: string | undefined; limit: number },
): QueuePage {
  const order = ORDERS[options.sort];
  const sorted = [...rows].sort(order);
  const after = options.cursor === undefined ? undefined : cursorRow(queue, options.sort, options.cursor);
  const found = after ? sorted.findIndex((row) => order(row, after) > 0) : 0;
  const start = found < 0 ? sorted.length : found;
  const items = sorted.slice(start, start + options.limit);
  const last = items.at(-1);
  return {
    items,
    of: sorted.length,
    ...(last && start + options.limit < sorted.length && { nextCursor: cursorOf(last, options.sort) }),
  };
}

function cursorOf(row: QueueItem, sort: QueueSort): string {
  const changing = CHANGING[sort];
  if (changing === 'score') return `${row.reference}~${scoreOf(row)}`;
  if (changing === 'state') return `${row.reference}~${row.state}`;
  return row.reference;
}

/** The row the cursor names, placed as it was when shown. */
function cursorRow(queue: readonly QueueItem[], sort: QueueSort, cursor: string): QueueItem {
  const [, reference, shown] = CURSOR.exec(cursor) ?? [];
  const row = queue.find((candidate) => candidate.reference === reference);
  const changing = CHANGING[sort];
  if (!row || (changing === undefined) !== (shown === undefined)) throw invalidCursor();
  if (changing === 'score') {
    if (!/^[0-9]+$/.test(shown as string)) throw invalidCursor();
    return { ...row, totalScore: Number(shown) };
  }
  if (changing === 'state') {
    const state = ReviewStateSchema.safeParse(shown);
    if (!state.success) throw invalidCursor();
    return { ...row, state: state.data };
  }
  return row;
}

function invalidCursor(): RuleViolationError {
  return new RuleViolationError([{ code: 'CURSOR_INVALID', field: 'cursor' }]);
}
