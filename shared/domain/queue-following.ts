import { type ReviewState, ReviewStateSchema } from '../schemas/review.ts';
import type { QueueEntry } from './queue-entry.ts';

/**
 * How the queue's stored entries follow changes of applications. Every entry carries the revision of the
 * application it was made from, and a change is followed only onto an older entry (or where there is none), so
 * following the same change twice, or an older one after a newer, changes nothing: the table's stream may
 * deliver a batch again, and a staff change follows itself in its own transaction before the stream brings it.
 * The counts are kept by the same writes that move an entry from one state to another, so they are exactly the
 * number of entries in each state.
 */

/** One entry as it is stored and as it is to be: `after` none when the application left the queue. */
export interface EntryChange {
  reference: string;
  before?: QueueEntry | undefined;
  after?: QueueEntry | undefined;
}

/**
 * The entries that change when the queue follows `wanted` (each reference's entry as its latest application
 * makes it; none for a deleted application or a draft) over the entries stored now. An entry that would be the
 * same is not written again, whatever its revision.
 */
export function entryChanges(
  wanted: ReadonlyMap<string, QueueEntry | undefined>,
  stored: ReadonlyMap<string, QueueEntry>,
): EntryChange[] {
  const changes: EntryChange[] = [];
  for (const [reference, after] of wanted) {
    const before = stored.get(reference);
    if (!after) {
      if (before) changes.push({ reference, before });
      continue;
    }
    if (before && (before.version >= after.version || sameEntry(before, after))) continue;
    changes.push({ reference, before, after });
  }
  return changes;
}

/** A municipality's count of applications in each review state, within one round. */
export interface CountDelta {
  roundId: string;
  municipalityCode: string;
  by: Partial<Record<ReviewState, number>>;
}

/** How the counts move with `changes`: one delta per round and municipality, states that do not move left out. */
export function countDeltas(changes: readonly EntryChange[]): CountDelta[] {
  const deltas = new Map<string, CountDelta>();
  const add = (entry: QueueEntry | undefined, amount: number) => {
    if (!entry) return;
    const key = `${entry.roundId}\n${entry.municipalityCode}`;
    const delta = deltas.get(key) ?? { roundId: entry.roundId, municipalityCode: entry.municipalityCode, by: {} };
    delta.by[entry.row.state] = (delta.by[entry.row.state] ?? 0) + amount;
    deltas.set(key, delta);
  };
  for (const change of changes) {
    add(change.before, -1);
    add(change.after, 1);
  }
  return [...deltas.values()]
    .map((delta) => ({
      ...delta,
      by: Object.fromEntries(Object.entries(delta.by).filter(([, amount]) => amount !== 0)),
    }))
    .filter((delta) => Object.keys(delta.by).length > 0);
}

/**
 * One word of a name, paired with another word of the same name, in a municipality's index of name words, which
 * leads to the application by its reference. A name of n words is stored as its n × (n − 1) ordered pairs (a name of
 * one word as that word with none): so a search of two words reads the names that have both, not every name that has
 * the longer one (at 20,000 applications, every Bērziņš in the municipality).
 */
export interface NameWord {
  roundId: string;
  municipalityCode: string;
  word: string;
  /** Another word of the name, or `''` for a name of one word. */
  other: string;
  reference: string;
  /** Every word of the name, so a search of several words is decided without reading the entry. */
  words: string[];
}

/** The name words to store and to remove as the entries change. */
export function nameWordChanges(changes: readonly EntryChange[]): { put: NameWord[]; remove: NameWord[] } {
  const put: NameWord[] = [];
  const remove: NameWord[] = [];
  for (const { reference, before, after } of changes) {
    const kept = new Set(after ? wordKeys(after) : []);
    const had = new Set(before ? wordKeys(before) : []);
    const written = after ? wordsOf(reference, after).filter((word) => !had.has(wordKey(word))) : [];
    // A pair the new name keeps is overwritten where it is stored: deleting it too would name one item twice.
    const overwritten = new Set(written.map(pairOf));
    if (before) {
      remove.push(
        ...wordsOf(reference, before).filter((word) => !kept.has(wordKey(word)) && !overwritten.has(pairOf(word))),
      );
    }
    put.push(...written);
  }
  return { put, remove };
}

/** A count for every review state: those given, zero for the others. */
export function everyState(counts: Partial<Record<ReviewState, number>>): Record<ReviewState, number> {
  return Object.fromEntries(ReviewStateSchema.options.map((state) => [state, counts[state] ?? 0])) as Record<
    ReviewState,
    number
  >;
}

function wordsOf(reference: string, entry: QueueEntry): NameWord[] {
  const { roundId, municipalityCode, nameWords } = entry;
  const pairs = new Map<string, [string, string]>();
  for (const [at, word] of nameWords.entries()) {
    const others = nameWords.filter((_, otherAt) => otherAt !== at);
    for (const other of others.length > 0 ? others : ['']) pairs.set(`${word} ${other}`, [word, other]);
  }
  return [...pairs.values()].map(([word, other]) => ({
    roundId,
    municipalityCode,
    word,
    other,
    reference,
    words: nameWords,
  }));
}

function pairOf(word: NameWord): string {
  return `${word.word} ${word.other}`;
}

function wordKeys(entry: QueueEntry): string[] {
  return wordsOf('', entry).map(wordKey);
}

/** A word stays stored when its key and the whole name it carries stay the same. */
function wordKey(word: NameWord): string {
  return [word.roundId, word.municipalityCode, word.word, word.other, word.words.join(' ')].join('\n');
}

function sameEntry(a: QueueEntry, b: QueueEntry): boolean {
  const { version: _a, ...restA } = a;
  const { version: _b, ...restB } = b;
  return canonical(restA) === canonical(restB);
}

/** JSON with the keys of every object in order, so two equal entries print the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, field) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  );
}
