import type { SelectionCandidate } from '../schemas/selection.ts';
import { compareStrings } from './code-unit-order.ts';

/*
 * The two orders the selection sorts by: reference order (the canonical inputs, and the last tie-break) and the
 * ranking order (score, then receipt time). A municipality may hold tens of thousands of applications, so each
 * order is sorted as numbers in a typed array whenever the data allow, which needs no comparison function and is
 * several times faster than comparing objects; any data that do not fit fall back to comparing, with the same
 * answer. The property tests hold both ways to the plainly written rule.
 */

export function byReference(a: { reference: string }, b: { reference: string }): number {
  return compareStrings(a.reference, b.reference);
}

/** How many positions a packed key keeps for the item's index: up to about a million items sort as numbers. */
const INDEX_SPACE = 2 ** 20;

/**
 * The items sorted by reference (code-unit order). Throws a RangeError on a repeated reference: that is broken
 * data, not a tie.
 */
export function inReferenceOrder<T extends { reference: string }>(items: readonly T[]): T[] {
  const sorted = packedReferenceOrder(items) ?? [...items].sort(byReference);
  for (let index = 1; index < sorted.length; index++) {
    const reference = (sorted[index] as T).reference;
    if (reference === (sorted[index - 1] as T).reference) throw new RangeError(`${reference} appears more than once`);
  }
  return sorted;
}

/**
 * This system's references (four capital letters, a hyphen, four digits) read as numbers keep their text order, so
 * `number × INDEX_SPACE + index` sorts the items; `undefined` when any reference has another form.
 */
function packedReferenceOrder<T extends { reference: string }>(items: readonly T[]): T[] | undefined {
  if (items.length > INDEX_SPACE) return undefined;
  const keys = new Float64Array(items.length);
  for (let index = 0; index < items.length; index++) {
    const value = referenceNumber((items[index] as T).reference);
    if (value === undefined) return undefined;
    keys[index] = value * INDEX_SPACE + index;
  }
  keys.sort();
  return pick(items, keys, INDEX_SPACE);
}

/** `ABCD-2345` as a number in its text order (under 2³³), or `undefined` for any other form. */
function referenceNumber(reference: string): number | undefined {
  if (reference.length !== 9 || reference.charCodeAt(4) !== 45) return undefined;
  let value = 0;
  for (let at = 0; at < 9; at++) {
    if (at === 4) continue;
    const code = reference.charCodeAt(at);
    const digit = at < 4 ? code - 65 : code - 48;
    if (digit < 0 || digit > (at < 4 ? 25 : 9)) return undefined;
    value = value * (at < 4 ? 26 : 10) + digit;
  }
  return value;
}

/**
 * Eligible candidates, given in reference order, in ranking order: total score (higher first, a missing score
 * counts as 0), then receipt time as an instant (earlier first; `06:00:00Z` and `06:00:00.000Z` are the same
 * moment), then reference. Throws a RangeError on a score or receipt time that cannot be compared.
 */
export function inRankingOrder(candidates: readonly SelectionCandidate[]): SelectionCandidate[] {
  const times = receiptTimes(candidates);
  const scores = new Float64Array(candidates.length);
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as SelectionCandidate;
    const score = candidate.totalScore ?? 0;
    if (!Number.isFinite(score) || Number.isNaN(times.millis[index])) {
      throw new RangeError(`${candidate.reference} has no comparable score or receipt time`);
    }
    scores[index] = score;
  }
  return packedRankingOrder(candidates, scores, times) ?? comparedRankingOrder(candidates, scores, times);
}

/** The receipt times as the ranking compares them. */
interface ReceiptTimes {
  /** To the millisecond, as `Date.parse` reads them... */
  millis: Float64Array;
  /**
   * ...and any finer digits, which `Date.parse` drops: without trailing zeros they compare as text. Absent when no
   * time has any, as the server writes them.
   */
  finerDigits?: string[];
}

/**
 * A receipt time as written by `toISOString` (`2019-08-02T08:00:00.000Z`, as the server stores it) is read digit by
 * digit, several times quicker than `Date.parse`; any other writing goes through `Date.parse`.
 */
function receiptTimes(candidates: readonly SelectionCandidate[]): ReceiptTimes {
  const millis = new Float64Array(candidates.length);
  let finerDigits: string[] | undefined;
  for (let index = 0; index < candidates.length; index++) {
    const instant = (candidates[index] as SelectionCandidate).receivedAt;
    const canonical = canonicalMillis(instant);
    if (canonical !== undefined) {
      millis[index] = canonical;
      continue;
    }
    millis[index] = Date.parse(instant);
    const finer = (/\.(\d+)/.exec(instant)?.[1] ?? '').slice(3).replace(/0+$/, '');
    if (finer === '') continue;
    finerDigits ??= new Array<string>(candidates.length).fill('');
    finerDigits[index] = finer;
  }
  return finerDigits ? { millis, finerDigits } : { millis };
}

/**
 * `((top score − score) × 2^timeBits + (millis − first millis)) × 2^indexBits + index` when every score is a whole
 * number, no receipt time has finer digits and the three fit a double's 53 exact bits (a 16-day window, scores up to
 * a few thousand and a hundred thousand applications do). The index is the reference order, the last tie-break.
 */
function packedRankingOrder(
  candidates: readonly SelectionCandidate[],
  scores: Float64Array,
  { millis, finerDigits }: ReceiptTimes,
): SelectionCandidate[] | undefined {
  if (finerDigits) return undefined;
  let topScore = 0;
  let firstMillis = Number.POSITIVE_INFINITY;
  let lastMillis = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < candidates.length; index++) {
    const score = scores[index] as number;
    const time = millis[index] as number;
    if (score < 0 || !Number.isInteger(score)) return undefined;
    if (score > topScore) topScore = score;
    if (time < firstMillis) firstMillis = time;
    if (time > lastMillis) lastMillis = time;
  }
  const timeSpace = 2 ** bitsFor(lastMillis - firstMillis);
  const indexSpace = 2 ** bitsFor(candidates.length);
  if ((topScore + 1) * timeSpace * indexSpace > Number.MAX_SAFE_INTEGER) return undefined;
  const keys = new Float64Array(candidates.length);
  for (let index = 0; index < candidates.length; index++) {
    const fromTop = topScore - (scores[index] as number);
    keys[index] = (fromTop * timeSpace + ((millis[index] as number) - firstMillis)) * indexSpace + index;
  }
  keys.sort();
  return pick(candidates, keys, indexSpace);
}

/** The items in the order of the sorted packed keys, whose remainder by `indexSpace` is the item's index. */
function pick<T>(items: readonly T[], sortedKeys: Float64Array, indexSpace: number): T[] {
  const picked = new Array<T>(sortedKeys.length);
  for (let at = 0; at < sortedKeys.length; at++) picked[at] = items[(sortedKeys[at] as number) % indexSpace] as T;
  return picked;
}

/** Bits that hold every whole number from 0 to `value`. */
function bitsFor(value: number): number {
  return value < 1 ? 0 : Math.floor(Math.log2(value)) + 1;
}

function comparedRankingOrder(
  candidates: readonly SelectionCandidate[],
  scores: Float64Array,
  { millis, finerDigits }: ReceiptTimes,
): SelectionCandidate[] {
  const indexes = Array.from(candidates, (_, index) => index);
  indexes.sort(
    (a, b) =>
      (scores[b] as number) - (scores[a] as number) ||
      (millis[a] as number) - (millis[b] as number) ||
      (finerDigits ? compareStrings(finerDigits[a] as string, finerDigits[b] as string) : 0) ||
      a - b,
  );
  return indexes.map((index) => candidates[index] as SelectionCandidate);
}

/** `YYYY-MM-DDTHH:MM:SS.sssZ` with a real calendar date and time, in milliseconds; `undefined` otherwise. */
function canonicalMillis(instant: string): number | undefined {
  if (
    instant.length !== 24 ||
    instant.charCodeAt(4) !== 45 ||
    instant.charCodeAt(7) !== 45 ||
    instant.charCodeAt(10) !== 84 ||
    instant.charCodeAt(13) !== 58 ||
    instant.charCodeAt(16) !== 58 ||
    instant.charCodeAt(19) !== 46 ||
    instant.charCodeAt(23) !== 90
  ) {
    return undefined;
  }
  const year = digits(instant, 0, 4);
  const month = digits(instant, 5, 7);
  const day = digits(instant, 8, 10);
  const hour = digits(instant, 11, 13);
  const minute = digits(instant, 14, 16);
  const second = digits(instant, 17, 19);
  const milli = digits(instant, 20, 23);
  // Date.UTC reads a year under 100 as 19xx; such a year (and a non-digit, -1) goes through Date.parse.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The decimal number in `text[from, to)`, or -1 when any character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
