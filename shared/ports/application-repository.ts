import type { QueueEntry } from '../domain/queue-entry.ts';
import type { Application } from '../schemas/application.ts';
import type { AuditEntry } from '../schemas/audit.ts';
import type { ReviewState, SelectionOutcome } from '../schemas/review.ts';
import type { QueueSort } from '../schemas/staff-api.ts';

/** Ties a client's retried create request to the application the first attempt made. */
export interface IdempotencyRecord {
  /** SHA-256 (hex) of the scope and the client's Idempotency-Key; the draft's references are drawn from it. */
  keyHash: string;
  /** A digest of the request body, so a reused key with another body is refused rather than answered. */
  requestHash: string;
  reference: string;
}

export type CreateDraftResult =
  | { outcome: 'created' }
  /** The key was used before: the earlier attempt's record. */
  | { outcome: 'replayed'; record: IdempotencyRecord }
  /** The reference holds another application (or this key's, past its expiry): try the key's next one. */
  | { outcome: 'reference-taken' };

/** A stored change of an application, as the table's stream reports it. */
export interface ApplicationChange {
  reference: string;
  /** The application as stored by the change; none when it was deleted. */
  after?: Application | undefined;
}

/** Which page of a municipality's queue to read. */
export interface QueuePageQuery {
  roundId: string;
  municipalityCode: string;
  sort: QueueSort;
  /** Only the entries in this review state. */
  state?: ReviewState | undefined;
  /** The sort key (`QueueEntry.sortKeys[sort]`) of the last entry shown: the page starts after it. */
  after?: string | undefined;
  limit: number;
}

export interface QueueEntriesPage {
  entries: QueueEntry[];
  /** Whether more entries follow the page. */
  more: boolean;
  /** The municipality's whole queue, per review state, whatever the filter. */
  counts: Record<ReviewState, number>;
}

export interface MunicipalityCounts {
  municipalityCode: string;
  counts: Record<ReviewState, number>;
}

/** What a search of the queue looks up: one reference, one person (by the keyed hash of the code), or name words. */
export type QueueLookup =
  | { kind: 'reference'; reference: string }
  | { kind: 'personal-code'; personalCodeHash: string }
  | { kind: 'name'; words: readonly string[] };

export interface ApplicationRepository {
  /**
   * Stores a draft and its idempotency record together, or neither. The record is found again only at the
   * draft's reference, so the reference must be one of the key's (`draftReferences`), tried in their order. A
   * staff member's draft (a paper application) writes its audit entry in the same transaction.
   */
  createDraft(application: Application, idempotency: IdempotencyRecord, audit?: AuditEntry): Promise<CreateDraftResult>;
  /**
   * The record of an idempotency key that has not expired, at one of the key's references, to answer a retry the
   * same as the first attempt.
   */
  idempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined>;
  get(reference: string): Promise<Application | undefined>;
  /** Replaces the answers of a draft, only while it is still a draft; `undefined` once it is not. */
  updateDraft(application: Application): Promise<Application | undefined>;
  /**
   * Claims the application's person in its round (the application carries its receipt time) unless a submitted
   * application claimed them first; answers the reference holding the claim, its own when it got it. Throws
   * `ServiceUnavailableError` while the claim is held by a submission that may still be stored.
   */
  claimPerson(application: Application): Promise<string>;
  /**
   * Stores a draft as submitted, only if it is still a draft, and claims its person in the round. When another
   * submitted application claimed the person first, stores it flagged as a possible duplicate of that one.
   * `claimant`: what `claimPerson` answered, when the caller claimed already. Returns what was stored, or
   * `undefined` when the application is no longer a draft. A staff member's submission writes its audit entry in
   * the same transaction.
   */
  submit(application: Application, audit?: AuditEntry, claimant?: string): Promise<Application | undefined>;
  /**
   * Stores staff changes to submitted applications and the request's audit entry in one transaction. Each
   * application carries the `revision` it was read at; when any was changed since, nothing is stored and the
   * answer is `changed`. Stored applications get the next revision. `saved-before`: this request's change (its
   * audit entry) was stored already by an earlier attempt whose answer was lost; nothing more is stored.
   */
  saveReviewed(applications: readonly Application[], audit: AuditEntry): Promise<'saved' | 'changed' | 'saved-before'>;
  /**
   * Stores the application's delivery problems (bounced e-mails, complaints) and nothing else of it, only if its
   * `revision` is still the one it was read at; it gets the next, so a staff change read before cannot overwrite
   * them. `changed` when it was changed since, or is gone.
   */
  saveDeliveryProblems(application: Application): Promise<'saved' | 'changed'>;
  /**
   * Stores the published selection result on a submitted application; nothing else of it changes. A result of the
   * same run stays as it is (a place offered since is kept), so writing the run's results again changes nothing.
   */
  recordSelection(reference: string, selection: SelectionOutcome): Promise<void>;
  /** A municipality's submitted applications in the round, in selection order (score, receipt time, reference). */
  queue(roundId: string, municipalityCode: string): Promise<Application[]>;
  /** The submitted applications of one person (by the keyed hash of the personal code) in a round, earliest first. */
  ofPerson(roundId: string, personalCodeHash: string): Promise<Application[]>;
  /**
   * Brings the queue's entries, counts and name words up to stored changes of applications, in the order they
   * were stored. Each change is followed once: a change the queue has followed already, or an older one, changes
   * nothing, so changes delivered again (a stream batch retried) count nothing twice. A staff change
   * (`saveReviewed`) is followed in its own transaction; submissions and other changes by the stream's consumer.
   */
  followChanges(changes: readonly ApplicationChange[]): Promise<void>;
  /**
   * One page of a municipality's queue in `sort` order, with the counts per state. Reads the page and the counts,
   * never the whole queue; what the queue shows lags a submission by as long as the stream takes to bring it.
   */
  queuePage(query: QueuePageQuery): Promise<QueueEntriesPage>;
  /** The counts per review state of each municipality's queue in a round, in the order asked. */
  queueCounts(roundId: string, municipalityCodes: readonly string[]): Promise<MunicipalityCounts[]>;
  /**
   * The entries of a municipality's queue that a search looks up, in no particular order. A reference or a
   * person is read by key; name words from the municipality's index of words, by the longest word's beginning,
   * so what is read grows with the names that begin so, not with the queue.
   */
  findInQueue(roundId: string, municipalityCode: string, lookup: QueueLookup): Promise<QueueEntry[]>;
  /**
   * The drafts whose expiry has passed at `now`, not yet deleted. In AWS the table's TTL deletes them in its own
   * time; where nothing does (DynamoDB Local), the local host deletes them with `deleteExpiredDrafts`. Reads the
   * whole table: never on a request's path.
   */
  expiredDrafts(now: Date): Promise<Application[]>;
  /** Deletes a draft only if it is still a draft and past its expiry at `now`; false when it was not deleted. */
  deleteExpiredDraft(reference: string, now: Date): Promise<boolean>;
}
