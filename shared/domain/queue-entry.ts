import type { Application } from '../schemas/application.ts';
import type { ReviewState } from '../schemas/review.ts';
import type { QueueItem, QueueSort } from '../schemas/staff-api.ts';
import { latvianSortKey } from './latvian-order.ts';
import { nameWords } from './name-words.ts';
import { reviewState } from './review-rules.ts';

/** What waits for a social worker first, then the decided, then those out of the selection: the state sort. */
export const STATE_ORDER: readonly ReviewState[] = [
  'to-review',
  'possible-duplicate',
  'eligible',
  'not-eligible',
  'set-aside',
  'withdrawn',
];

/** The highest total selection score the selection sort key can order: it is stored as `9999 − score`. */
export const MAX_QUEUE_SCORE = 9999;

/** A row of the queue without its number, which depends on the list it is shown in. */
export type QueueRow = Omit<QueueItem, 'position'>;

/**
 * A submitted application as the queue shows, orders, counts and searches it: far smaller than the application,
 * so a page of the queue reads only its rows. Made from the application alone, so whoever follows the change
 * (the staff change's own transaction, or the table's stream) makes the same entry.
 */
export interface QueueEntry {
  roundId: string;
  municipalityCode: string;
  /** The application's revision the entry was made from; a change is followed only onto an older entry. */
  version: number;
  row: QueueRow;
  /** Where the row stands in each order: texts that sort as the order does, each ending with the reference. */
  sortKeys: Record<QueueSort, string>;
  /** The words of the first name and surname, folded as the search compares them. */
  nameWords: string[];
}

/** The queue's entry of an application; none for a draft, which is in no queue. */
export function queueEntryOf(application: Application): QueueEntry | undefined {
  if (application.status === 'draft') return undefined;
  const row = queueRowOf(application);
  const received = sortableInstant(row.receivedAt);
  const { reference } = application;
  const { firstName, lastName } = application.person;
  return {
    roundId: application.roundId,
    municipalityCode: application.person.municipalityCode,
    version: application.revision ?? 0,
    row,
    sortKeys: {
      // Until it is scored an application counts 0 points and is ordered by receipt time alone.
      selection: queueSortKey(row.totalScore ?? 0, row.receivedAt, reference),
      received: `${received}#${reference}`,
      // Surname, then first name, then reference, parted by a space: below every character of a name's key.
      name: `${latvianSortKey(lastName)} ${latvianSortKey(firstName)} ${reference}`,
      state: `${stateRank(row.state)}#${received}#${reference}`,
    },
    nameWords: [...new Set(nameWords(`${firstName} ${lastName}`))],
  };
}

/** A row of the queue: enough to choose what to open, nothing of health. */
export function queueRowOf(application: Application): QueueRow {
  const { review } = application;
  return {
    reference: application.reference,
    channel: application.channel,
    receivedAt: application.receivedAt ?? application.createdAt,
    firstName: application.person.firstName,
    lastName: application.person.lastName,
    state: reviewState(application),
    documentsVerified: review?.documentCheck ? review.documentCheck.verified : null,
    totalScore: review?.scores ? review.scores.total : null,
    ...(application.flags.possibleDuplicateOf && { possibleDuplicateOf: application.flags.possibleDuplicateOf }),
    personalCodeChecksumMismatch: application.flags.personalCodeChecksumMismatch ?? false,
  };
}

/** The state's place in the state sort, as one digit. */
export function stateRank(state: ReviewState): string {
  return String(STATE_ORDER.indexOf(state));
}

/**
 * The selection order as a text: higher score first (stored as `9999 − score`, zero-padded so texts sort like
 * numbers), then earlier receipt, then reference as the stable last tie-breaker, so the same inputs always give
 * the same queue.
 */
export function queueSortKey(score: number, receivedAt: string, reference: string): string {
  if (!Number.isInteger(score) || score < 0 || score > MAX_QUEUE_SCORE) {
    throw new RangeError(`A queue score must be an integer from 0 to ${MAX_QUEUE_SCORE}, got ${score}`);
  }
  return `${String(MAX_QUEUE_SCORE - score).padStart(4, '0')}#${sortableInstant(receivedAt)}#${reference}`;
}

/**
 * Instants written with different precision (`…:00Z`, `…:00.5Z`) do not sort as texts; the same instant always
 * printed with milliseconds does.
 */
export function sortableInstant(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) throw new RangeError(`Not an instant: ${instant}`);
  return new Date(time).toISOString();
}
