import { compareStrings } from '../../shared/domain/code-unit-order.ts';
import { isExpiredDraft } from '../../shared/domain/draft-expiry.ts';
import { ServiceUnavailableError } from '../../shared/domain/errors.ts';
import { queueEntryOf } from '../../shared/domain/queue-entry.ts';
import { draftReferences } from '../../shared/domain/reference.ts';
import { REQUEST_LIFETIME_MS } from '../../shared/domain/request-lifetime.ts';
import type {
  ApplicationChange,
  ApplicationRepository,
  CreateDraftResult,
  IdempotencyRecord,
  QueueLookup,
  QueuePageQuery,
} from '../../shared/ports/application-repository.ts';
import { type Application, ApplicationSchema } from '../../shared/schemas/application.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type { SelectionOutcome } from '../../shared/schemas/review.ts';
import { MemoryAuditLog } from './memory-audit-log.ts';
import { MemoryQueue } from './memory-queue.ts';
import { conditionalCheckFailed, transactionCanceled } from './storage-errors.ts';

/** How long a create request's idempotency record answers retries, as in the table. */
const IDEMPOTENCY_MS = 24 * 60 * 60 * 1000;

export interface MemoryApplicationRepositoryOptions {
  /** Where staff changes write their audit entry, in the same transaction. @default a log of its own */
  audit?: MemoryAuditLog;
  /** The clock of idempotency expiry. @default the machine's clock */
  now?: () => Date;
  /**
   * Whether the queue follows every stored change at once, as if the table's stream were delivered the moment
   * it is written. When false, only `followChanges` (what the stream's consumer calls) and staff changes, which
   * follow themselves in their own transaction, move the queue, as in the table. @default true
   */
  followsAtOnce?: boolean;
}

/**
 * Applications in Maps, with the conditions of `DynamoDbApplicationRepository`: a draft carries its idempotency
 * record (found again only at the draft's reference), a submission claims its person in the round (a claim whose
 * submission was never stored is taken over once its request is surely over), staff changes are held to the
 * revision they read, and each transaction with an audit entry is all-or-nothing with it. What goes in and comes
 * out is a copy, checked against the schema as the table's reader checks it.
 */
export class MemoryApplicationRepository implements ApplicationRepository {
  readonly audit: MemoryAuditLog;
  readonly #now: () => Date;
  readonly #applications = new Map<string, Application>();
  /** By the reference of the draft that carries it, as the table keeps it in the draft's item. */
  readonly #idempotency = new Map<string, IdempotencyRecord & { expiresAt: number }>();
  /** `<roundId>#<personal code hash>` → the reference that claimed the person, and its receipt time. */
  readonly #claims = new Map<string, { reference: string; claimedAt: string }>();
  readonly #queue = new MemoryQueue();
  readonly #followsAtOnce: boolean;

  constructor(options: MemoryApplicationRepositoryOptions = {}) {
    this.audit = options.audit ?? new MemoryAuditLog();
    this.#now = options.now ?? (() => new Date());
    this.#followsAtOnce = options.followsAtOnce ?? true;
  }

  async createDraft(
    application: Application,
    idempotency: IdempotencyRecord,
    audit?: AuditEntry,
  ): Promise<CreateDraftResult> {
    if (this.#applications.has(application.reference)) {
      const record = this.#recordAt(application.reference, idempotency.keyHash);
      return record ? { outcome: 'replayed', record } : { outcome: 'reference-taken' };
    }
    if (audit && this.audit.has(audit)) throw transactionCanceled();
    const { keyHash, requestHash, reference } = idempotency;
    this.#idempotency.set(reference, {
      keyHash,
      requestHash,
      reference,
      expiresAt: this.#now().getTime() + IDEMPOTENCY_MS,
    });
    this.#store(application);
    if (audit) this.audit.appendInTransaction(audit);
    return { outcome: 'created' };
  }

  async idempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined> {
    return draftReferences(keyHash)
      .map((reference) => this.#recordAt(reference, keyHash))
      .find((record) => record !== undefined);
  }

  #recordAt(reference: string, keyHash: string): IdempotencyRecord | undefined {
    const stored = this.#idempotency.get(reference);
    // Past its expiry it counts as absent, as in the table.
    if (!stored || stored.keyHash !== keyHash || stored.expiresAt <= this.#now().getTime()) return undefined;
    return { keyHash: stored.keyHash, requestHash: stored.requestHash, reference: stored.reference };
  }

  async get(reference: string): Promise<Application | undefined> {
    const stored = this.#applications.get(reference);
    return stored && copy(stored);
  }

  async updateDraft(application: Application): Promise<Application | undefined> {
    if (application.status !== 'draft') throw new Error(`Application ${application.reference} is not a draft`);
    if (!this.#isDraft(application.reference)) return undefined;
    this.#store(application);
    return application;
  }

  async claimPerson(application: Application): Promise<string> {
    const claim = `${application.roundId}#${application.personalCode.keyedHash}`;
    const held = this.#claims.get(claim);
    if (held && held.reference !== application.reference) {
      if (this.#applications.get(held.reference)?.status === 'submitted') return held.reference;
      const left = Date.parse(held.claimedAt) + REQUEST_LIFETIME_MS - Date.parse(application.receivedAt ?? '');
      if (left > 0) throw new ServiceUnavailableError({ cause: new Error('claim held by a submission under way') });
    }
    this.#claims.set(claim, { reference: application.reference, claimedAt: application.receivedAt ?? '' });
    return application.reference;
  }

  async submit(application: Application, audit?: AuditEntry, claimant?: string): Promise<Application | undefined> {
    if (application.status === 'draft') throw new Error(`Application ${application.reference} is not marked submitted`);
    const holder = claimant ?? (await this.claimPerson(application));
    if (!this.#isDraft(application.reference)) return undefined;
    if (audit && this.audit.has(audit)) throw transactionCanceled();
    const stored =
      holder === application.reference
        ? application
        : { ...application, flags: { ...application.flags, possibleDuplicateOf: holder } };
    this.#store(stored);
    if (audit) this.audit.appendInTransaction(audit);
    return stored;
  }

  async saveReviewed(
    applications: readonly Application[],
    audit: AuditEntry,
  ): Promise<'saved' | 'changed' | 'saved-before'> {
    if (this.audit.has(audit)) return 'saved-before';
    const unchanged = applications.every((application) => {
      const stored = this.#applications.get(application.reference);
      return (
        stored !== undefined && stored.status !== 'draft' && (stored.revision ?? 0) === (application.revision ?? 0)
      );
    });
    if (!unchanged) return 'changed';
    const stored = applications.map((application) => ({ ...application, revision: (application.revision ?? 0) + 1 }));
    for (const application of stored) this.#store(application);
    this.audit.appendInTransaction(audit);
    // In the same transaction, as in the table.
    this.#queue.follow(new Map(stored.map((application) => [application.reference, queueEntryOf(application)])));
    return 'saved';
  }

  async saveDeliveryProblems(application: Application): Promise<'saved' | 'changed'> {
    const stored = this.#applications.get(application.reference);
    if (!stored || (stored.revision ?? 0) !== (application.revision ?? 0)) return 'changed';
    this.#store({
      ...stored,
      deliveryProblems: application.deliveryProblems ?? [],
      revision: (application.revision ?? 0) + 1,
    });
    return 'saved';
  }

  async recordSelection(reference: string, selection: SelectionOutcome): Promise<void> {
    const stored = this.#applications.get(reference);
    if (stored?.status !== 'submitted') throw conditionalCheckFailed();
    if (stored.selection?.runId === selection.runId) return;
    this.#store({ ...stored, selection });
  }

  /** Selection order: higher score first, then earlier receipt, then reference. */
  async queue(roundId: string, municipalityCode: string): Promise<Application[]> {
    return this.#submitted()
      .filter(
        (application) => application.roundId === roundId && application.person.municipalityCode === municipalityCode,
      )
      .sort(
        (a, b) =>
          (b.review?.scores?.total ?? 0) - (a.review?.scores?.total ?? 0) ||
          instant(a) - instant(b) ||
          compareStrings(a.reference, b.reference),
      );
  }

  async ofPerson(roundId: string, personalCodeHash: string): Promise<Application[]> {
    return this.#submitted()
      .filter(
        (application) => application.roundId === roundId && application.personalCode.keyedHash === personalCodeHash,
      )
      .sort((a, b) => instant(a) - instant(b) || compareStrings(a.reference, b.reference));
  }

  async followChanges(changes: readonly ApplicationChange[]): Promise<void> {
    const latest = new Map(changes.map((change) => [change.reference, change.after && queueEntryOf(change.after)]));
    this.#queue.follow(latest);
  }

  async queuePage(query: QueuePageQuery) {
    return this.#queue.page(query);
  }

  async queueCounts(roundId: string, municipalityCodes: readonly string[]) {
    return this.#queue.counts(roundId, municipalityCodes);
  }

  async findInQueue(roundId: string, municipalityCode: string, lookup: QueueLookup) {
    if (lookup.kind === 'name') return this.#queue.named(roundId, municipalityCode, lookup.words);
    const references =
      lookup.kind === 'reference'
        ? [lookup.reference]
        : (await this.ofPerson(roundId, lookup.personalCodeHash)).map((application) => application.reference);
    return this.#queue.entries(roundId, municipalityCode, references);
  }

  async expiredDrafts(now: Date): Promise<Application[]> {
    return [...this.#applications.values()].filter((application) => isExpiredDraft(application, now)).map(copy);
  }

  async deleteExpiredDraft(reference: string, now: Date): Promise<boolean> {
    const stored = this.#applications.get(reference);
    if (!stored || !isExpiredDraft(stored, now)) return false;
    this.#applications.delete(reference);
    this.#streamChange({ reference });
    this.#idempotency.delete(reference);
    return true;
  }

  /** Every application stored, for tests that look at what was (or was not) stored. */
  all(): Application[] {
    return [...this.#applications.values()].map(copy);
  }

  /** The stored application, for another fake whose transaction reads it (the retention store's removal). */
  stored(reference: string): Application | undefined {
    const stored = this.#applications.get(reference);
    return stored && copy(stored);
  }

  /** Replaces the stored application, or removes it: another fake's write, made once its conditions held. */
  replaceStored(reference: string, application: Application | undefined): void {
    if (application) this.#store(application);
    else {
      this.#applications.delete(reference);
      this.#streamChange({ reference });
    }
  }

  /** Only submitted applications have index keys in the table: drafts are in no queue and no person's group. */
  #submitted(): Application[] {
    return [...this.#applications.values()].filter((application) => application.status !== 'draft').map(copy);
  }

  #isDraft(reference: string): boolean {
    return this.#applications.get(reference)?.status === 'draft';
  }

  #store(application: Application): void {
    this.#applications.set(application.reference, copy(application));
    this.#streamChange({ reference: application.reference, after: copy(application) });
  }

  /** What the stream's consumer does with the change, at once, unless told not to (`followsAtOnce`). */
  #streamChange(change: ApplicationChange): void {
    if (this.#followsAtOnce) void this.followChanges([change]);
  }
}

function copy(application: Application): Application {
  return ApplicationSchema.parse(structuredClone(application));
}

function instant(application: Application): number {
  return Date.parse(application.receivedAt ?? application.createdAt);
}
