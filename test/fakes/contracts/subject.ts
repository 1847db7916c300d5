import type { ApplicationRepository } from '../../../shared/ports/application-repository.ts';
import type { AuditLog } from '../../../shared/ports/audit-log.ts';
import type { NotificationLedger } from '../../../shared/ports/mailer.ts';
import type { RoundRepository } from '../../../shared/ports/round-repository.ts';
import type { SelectionRunRepository } from '../../../shared/ports/selection-runs.ts';
import type { ServiceYearRepository } from '../../../shared/ports/service-years.ts';
import type { SupportPlanRepository } from '../../../shared/ports/support-plans.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';

/**
 * The storage ports under one contract: the DynamoDB adapters on DynamoDB Local, or the in-memory fakes. Changes
 * that carry an audit entry write it to `audit`, as the adapters write it to the audit table.
 */
export interface StoragePorts {
  applications: ApplicationRepository;
  rounds: RoundRepository;
  audit: AuditLog;
  selectionRuns: SelectionRunRepository;
  notifications: NotificationLedger;
  serviceYears: ServiceYearRepository;
  supportPlans: SupportPlanRepository;
  /** Moves the clock the storage judges expiry by (idempotency records) forward. */
  advanceClock(ms: number): void;
}

/** Gives the suites the ports once they are made (in `beforeAll`). */
export type PortsUnderTest = () => StoragePorts;

let entryCount = 0;

/**
 * An audit entry of a request no other call in this process makes. Each gets its own day far from the others', so
 * suites sharing one table never read each other's entries when they list a day.
 */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  entryCount += 1;
  return {
    id: `request-${entryCount}-${Math.random().toString(36).slice(2, 8)}`,
    at: '2019-08-12T07:15:02.669Z',
    actor: { subject: 'sub-1', username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' },
    action: 'eligibility.decide',
    outcome: 'succeeded',
    ...overrides,
  };
}

let roundCount = 0;

/** A round id no other call in this process returns, so queues and claims of one test are its own. */
export function nextRoundId(): string {
  roundCount += 1;
  return `contract-${roundCount}-${Math.random().toString(36).slice(2, 6)}`;
}
