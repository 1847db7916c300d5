import type { QueueEntry } from '../domain/queue-entry.ts';
import type { Application } from '../schemas/application.ts';
import type { AuditEntry } from '../schemas/audit.ts';
import type { DuplicateResolution, ReviewState, SelectionOutcome } from '../schemas/review.ts';
import type { Round } from '../schemas/round.ts';
import type { SelectionCandidate } from '../schemas/selection.ts';
import type {
  CreateDraftResult,
  IdempotencyRecord,
  MunicipalityCounts,
  QueueEntriesPage,
  QueueLookup,
  QueuePageQuery,
} from './application-repository.ts';

/** Marks an application read through a staff member's scope; only the scoped view can hand one out. */
declare const readInScope: unique symbol;

/**
 * An application read through the staff member's scoped view. Copies made from it (`{ ...application, review }`)
 * keep the mark, so a use case can change what it read; an application from anywhere else cannot be written.
 */
export type ScopedApplication = Application & { readonly [readInScope]: true };

/** What a staff member may know of another municipality's application: where and when it was received. */
export interface ApplicationOutsideScope {
  reference: string;
  municipalityCode: string;
  channel: Application['channel'];
  /** The first-come time, or the creation time while there is none. */
  receivedAt: string;
  state: ReviewState;
  /** The decision on the person's applications, which every application of the group carries. */
  duplicate?: DuplicateResolution;
}

/** One of a person's applications in a round: whole when in scope, only its outline otherwise. */
export type PersonGroupMember =
  | { inScope: true; application: ScopedApplication }
  | { inScope: false; application: ApplicationOutsideScope };

/**
 * One municipality's queue of a round. The selection's inputs and their hash span every municipality, so a queue
 * outside the scope is still read, but handed out only as the selection's candidates: reference, review state,
 * score and receipt time, never a name or personal data.
 */
export type RoundQueue =
  | { municipalityCode: string; inScope: true; applications: ScopedApplication[] }
  | { municipalityCode: string; inScope: false; candidates: SelectionCandidate[] };

/**
 * The applications as one staff member may see and change them: a social worker their own municipality's, an
 * administrator every municipality's. Staff use cases get only this view (see `StaffPorts`), so the municipality
 * rule cannot be forgotten: another municipality's application answers as one that does not exist
 * (`APPLICATION_NOT_FOUND`, with `OTHER_MUNICIPALITY` told to the audit log only), another municipality's queue
 * is refused, and writes take only applications read through the view.
 */
export interface ScopedApplicationRepository {
  /** Whether the staff member's scope includes the municipality. */
  covers(municipalityCode: string): boolean;
  /**
   * An application the staff member may work on. Unknown, another municipality's, and not yet submitted all answer
   * `APPLICATION_NOT_FOUND`; the hidden reason says which. A paper application is its social service's from the
   * moment it is registered, so its draft opens; `paperDraftOnly` opens nothing else.
   */
  open(reference: string, options?: { paperDraftOnly?: boolean }): Promise<ScopedApplication>;
  /** A municipality's submitted applications in the round, in selection order; refused outside the scope. */
  queue(roundId: string, municipalityCode: string): Promise<ScopedApplication[]>;
  /** As `ApplicationRepository.queuePage`; another municipality's queue is refused. */
  queuePage(query: QueuePageQuery): Promise<QueueEntriesPage>;
  /** As `ApplicationRepository.queueCounts`; another municipality's counts are refused. */
  queueCounts(roundId: string, municipalityCodes: readonly string[]): Promise<MunicipalityCounts[]>;
  /** As `ApplicationRepository.findInQueue`; another municipality's queue is refused. */
  findInQueue(roundId: string, municipalityCode: string, lookup: QueueLookup): Promise<QueueEntry[]>;
  /** Every municipality's queue of the round, in the round's order, each whole only when in scope. */
  roundQueues(round: Pick<Round, 'id' | 'municipalities'>): Promise<RoundQueue[]>;
  /** The person's submitted applications in the round, earliest first, each whole only when in scope. */
  ofPerson(roundId: string, personalCodeHash: string): Promise<PersonGroupMember[]>;
  /** As `ApplicationRepository.createDraft`, for a draft (a paper application) in the staff member's scope. */
  createDraft(application: Application, idempotency: IdempotencyRecord, audit?: AuditEntry): Promise<CreateDraftResult>;
  idempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined>;
  /** As `ApplicationRepository.submit`, for an application read through this view. */
  submit(application: ScopedApplication, audit: AuditEntry): Promise<ScopedApplication | undefined>;
  /** As `ApplicationRepository.saveReviewed`, for applications read through this view. */
  saveReviewed(
    applications: readonly ScopedApplication[],
    audit: AuditEntry,
  ): Promise<'saved' | 'changed' | 'saved-before'>;
  /** As `ApplicationRepository.recordSelection`, for an application read through this view. */
  recordSelection(application: ScopedApplication, selection: SelectionOutcome): Promise<void>;
}
