import { staysInSelection } from '../../shared/domain/anonymisation.ts';
import type { Anonymisation, RetentionStore } from '../../shared/ports/retention.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import {
  type AnonymisedApplication,
  AnonymisedApplicationSchema,
  type ErasureMark,
} from '../../shared/schemas/retention.ts';
import type { MemoryApplicationRepository } from './memory-application-repository.ts';
import type { MemorySupportPlanRepository } from './memory-support-plans.ts';

/**
 * The retention store over the memory applications and plans, with the conditions of `DynamoDbRetentionStore`:
 * the mark only on an unheld submitted application at the revision read; the removal all or nothing with its
 * audit entry, only on the marked application at that revision and the plan at its own. The anonymised record
 * takes the application's place: the applications fake no longer hands it out. The person's claim in the round is
 * the table's concern, covered by the adapter's tests.
 */
export class MemoryRetentionStore implements RetentionStore {
  readonly #applications: MemoryApplicationRepository;
  readonly #plans: MemorySupportPlanRepository;
  readonly #records = new Map<string, AnonymisedApplication>();
  /** Runs before each write, so a test can make storage fail half-way through a removal. */
  beforeWrite: (operation: 'beginErasure' | 'anonymise') => void = () => {};

  constructor(applications: MemoryApplicationRepository, plans: MemorySupportPlanRepository) {
    this.#applications = applications;
    this.#plans = plans;
  }

  async beginErasure(application: Application, mark: ErasureMark): Promise<Application | 'changed'> {
    this.beforeWrite('beginErasure');
    const stored = this.#applications.stored(application.reference);
    if (!stored || !unchanged(stored, application) || stored.status !== 'submitted' || stored.hold || stored.erasure) {
      return 'changed';
    }
    const marked = { ...stored, erasure: mark, revision: (stored.revision ?? 0) + 1 };
    this.#applications.replaceStored(stored.reference, marked);
    return marked;
  }

  async anonymise(
    { application, record, plan }: Anonymisation,
    audit: AuditEntry,
  ): Promise<'anonymised' | 'changed' | 'anonymised-before'> {
    this.beforeWrite('anonymise');
    if (this.#applications.audit.has(audit)) return 'anonymised-before';
    const stored = this.#applications.stored(application.reference);
    if (!stored || !unchanged(stored, application) || !stored.erasure || stored.hold) return 'changed';
    if (plan) {
      const current = await this.#plans.get(plan.read);
      if (current?.revision !== plan.read.revision) return 'changed';
      await this.#plans.save(plan.anonymised, { isNew: false });
    }
    this.#applications.replaceStored(application.reference, undefined);
    this.#records.set(record.reference, AnonymisedApplicationSchema.parse(structuredClone(record)));
    this.#applications.audit.appendInTransaction(audit);
    return 'anonymised';
  }

  async anonymisedRecord(reference: string): Promise<AnonymisedApplication | undefined> {
    const record = this.#records.get(reference);
    return record && structuredClone(record);
  }

  async anonymisedInQueue(roundId: string, municipalityCode: string): Promise<AnonymisedApplication[]> {
    return [...this.#records.values()]
      .filter((record) => record.roundId === roundId && record.municipalityCode === municipalityCode)
      .filter(staysInSelection)
      .map((record) => structuredClone(record));
  }
}

function unchanged(stored: Application, read: Application): boolean {
  return (stored.revision ?? 0) === (read.revision ?? 0);
}
