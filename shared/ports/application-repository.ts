import type { Application } from '../schemas/application.ts';
import type { AuditEntry } from '../schemas/audit.ts';
import type { SelectionOutcome } from '../schemas/review.ts';

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
  /** Stores the published selection result on a submitted application; nothing else of it changes. */
  recordSelection(reference: string, selection: SelectionOutcome): Promise<void>;
  /** A municipality's submitted applications in the round, in selection order (score, receipt time, reference). */
  queue(roundId: string, municipalityCode: string): Promise<Application[]>;
  /** The submitted applications of one person (by the keyed hash of the personal code) in a round, earliest first. */
  ofPerson(roundId: string, personalCodeHash: string): Promise<Application[]>;
  /**
   * The drafts whose expiry has passed at `now`, not yet deleted. In AWS the table's TTL deletes them in its own
   * time; where nothing does (DynamoDB Local), the local host deletes them with `deleteExpiredDrafts`. Reads the
   * whole table: never on a request's path.
   */
  expiredDrafts(now: Date): Promise<Application[]>;
  /** Deletes a draft only if it is still a draft and past its expiry at `now`; false when it was not deleted. */
  deleteExpiredDraft(reference: string, now: Date): Promise<boolean>;
}
