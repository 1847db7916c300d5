import { AccessError, NotFoundError } from '../../domain/errors.ts';
import { reviewState } from '../../domain/review-rules.ts';
import type {
  ApplicationRepository,
  IdempotencyRecord,
  QueueLookup,
  QueuePageQuery,
} from '../../ports/application-repository.ts';
import type {
  ApplicationOutsideScope,
  PersonGroupMember,
  RoundQueue,
  ScopedApplication,
  ScopedApplicationRepository,
} from '../../ports/scoped-application-repository.ts';
import type { Application } from '../../schemas/application.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { SelectionOutcome } from '../../schemas/review.ts';
import type { Round } from '../../schemas/round.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';
import { candidateOf } from '../selection/selection-inputs.ts';
import { maySee } from './staff-scope.ts';

/** The applications one staff member may see and change; made once per request, after the sign-in is verified. */
export function scopedApplications(
  repository: ApplicationRepository,
  identity: StaffIdentity,
): ScopedApplicationRepository {
  return new StaffScopedApplications(repository, identity);
}

/**
 * Private fields keep the whole repository out of reach of whoever holds the view. The view remembers the
 * municipality of every application it handed out, so a write can be checked against what was read.
 */
class StaffScopedApplications implements ScopedApplicationRepository {
  readonly #repository: ApplicationRepository;
  readonly #identity: StaffIdentity;
  readonly #handedOut = new Map<string, string>();

  constructor(repository: ApplicationRepository, identity: StaffIdentity) {
    this.#repository = repository;
    this.#identity = identity;
  }

  covers(municipalityCode: string): boolean {
    return maySee(this.#identity, municipalityCode);
  }

  async open(reference: string, options: { paperDraftOnly?: boolean } = {}): Promise<ScopedApplication> {
    const application = await this.#repository.get(reference);
    if (!application) throw new NotFoundError('APPLICATION_NOT_FOUND');
    if (!this.covers(application.person.municipalityCode)) {
      throw new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY');
    }
    if (options.paperDraftOnly) {
      if (application.channel !== 'paper' || application.status !== 'draft') {
        throw new NotFoundError('APPLICATION_NOT_FOUND', 'NOT_PAPER');
      }
    } else if (application.status === 'draft' && application.channel !== 'paper') {
      throw new NotFoundError('APPLICATION_NOT_FOUND', 'NOT_SUBMITTED');
    }
    return this.#handOut(application);
  }

  async queue(roundId: string, municipalityCode: string): Promise<ScopedApplication[]> {
    this.#refuseOtherQueue(municipalityCode);
    return (await this.#repository.queue(roundId, municipalityCode)).map((application) => this.#handOut(application));
  }

  async queuePage(query: QueuePageQuery) {
    this.#refuseOtherQueue(query.municipalityCode);
    return this.#repository.queuePage(query);
  }

  async queueCounts(roundId: string, municipalityCodes: readonly string[]) {
    for (const municipalityCode of municipalityCodes) this.#refuseOtherQueue(municipalityCode);
    return this.#repository.queueCounts(roundId, municipalityCodes);
  }

  async findInQueue(roundId: string, municipalityCode: string, lookup: QueueLookup) {
    this.#refuseOtherQueue(municipalityCode);
    return this.#repository.findInQueue(roundId, municipalityCode, lookup);
  }

  async roundQueues(round: Pick<Round, 'id' | 'municipalities'>): Promise<RoundQueue[]> {
    const queues: RoundQueue[] = [];
    for (const { code: municipalityCode } of round.municipalities) {
      const queue = await this.#repository.queue(round.id, municipalityCode);
      queues.push(
        this.covers(municipalityCode)
          ? { municipalityCode, inScope: true, applications: queue.map((application) => this.#handOut(application)) }
          : { municipalityCode, inScope: false, candidates: queue.map(candidateOf) },
      );
    }
    return queues;
  }

  async ofPerson(roundId: string, personalCodeHash: string): Promise<PersonGroupMember[]> {
    return (await this.#repository.ofPerson(roundId, personalCodeHash)).map((application) =>
      this.covers(application.person.municipalityCode)
        ? { inScope: true, application: this.#handOut(application) }
        : { inScope: false, application: outline(application) },
    );
  }

  async createDraft(application: Application, idempotency: IdempotencyRecord, audit?: AuditEntry) {
    this.#refuseOutsideScope(application);
    return this.#repository.createDraft(application, idempotency, audit);
  }

  async idempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined> {
    return this.#repository.idempotencyRecord(keyHash);
  }

  async submit(application: ScopedApplication, audit: AuditEntry): Promise<ScopedApplication | undefined> {
    this.#refuseUnlessHandedOut(application);
    const stored = await this.#repository.submit(application, audit);
    return stored && this.#handOut(stored);
  }

  async saveReviewed(applications: readonly ScopedApplication[], audit: AuditEntry) {
    for (const application of applications) this.#refuseUnlessHandedOut(application);
    return this.#repository.saveReviewed(applications, audit);
  }

  async recordSelection(application: ScopedApplication, selection: SelectionOutcome): Promise<void> {
    this.#refuseUnlessHandedOut(application);
    return this.#repository.recordSelection(application.reference, selection);
  }

  #handOut(application: Application): ScopedApplication {
    this.#handedOut.set(application.reference, application.person.municipalityCode);
    return application as ScopedApplication;
  }

  #refuseOtherQueue(municipalityCode: string): void {
    if (!this.covers(municipalityCode)) throw new AccessError('MUNICIPALITY_FILTER_FORBIDDEN');
  }

  #refuseOutsideScope(application: Application): void {
    if (!this.covers(application.person.municipalityCode)) {
      throw new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY');
    }
  }

  /** The type admits only applications read through a view; this holds a cast or another request's view to it. */
  #refuseUnlessHandedOut(application: Application): void {
    this.#refuseOutsideScope(application);
    if (this.#handedOut.get(application.reference) !== application.person.municipalityCode) {
      throw new Error(`Application ${application.reference} was not read through this staff member's scope`);
    }
  }
}

/** Another municipality's application, reduced to what the duplicates view shows of it. */
function outline(application: Application): ApplicationOutsideScope {
  const duplicate = application.review?.duplicate;
  return {
    reference: application.reference,
    municipalityCode: application.person.municipalityCode,
    channel: application.channel,
    receivedAt: application.receivedAt ?? application.createdAt,
    state: reviewState(application),
    ...(duplicate && { duplicate }),
  };
}
