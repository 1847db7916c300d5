import type { Round } from '../../shared/schemas/round.ts';
import type { StoragePorts } from './contracts/subject.ts';
import { MemoryApplicationRepository } from './memory-application-repository.ts';
import { MemoryAuditLog } from './memory-audit-log.ts';
import { MemoryNotificationLedger } from './memory-notification-ledger.ts';
import { MemoryRoundRepository } from './memory-round-repository.ts';
import { MemorySelectionRunRepository } from './memory-selection-runs.ts';
import { MemoryServiceYearRepository } from './memory-service-years.ts';
import { MemorySupportPlanRepository } from './memory-support-plans.ts';

export interface MemoryStorage extends StoragePorts {
  applications: MemoryApplicationRepository;
  rounds: MemoryRoundRepository;
  audit: MemoryAuditLog;
  selectionRuns: MemorySelectionRunRepository;
  notifications: MemoryNotificationLedger;
  serviceYears: MemoryServiceYearRepository;
  supportPlans: MemorySupportPlanRepository;
}

/**
 * Every storage port in memory, sharing one audit log as the adapters share the audit table. Its clock (for
 * idempotency expiry) starts at the machine's time and moves only when told. The queue follows every change at
 * once unless `followsAtOnce` is false (see `MemoryApplicationRepositoryOptions`).
 */
export function memoryStorage(options: { rounds?: readonly Round[]; followsAtOnce?: boolean } = {}): MemoryStorage {
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  const audit = new MemoryAuditLog();
  return {
    applications: new MemoryApplicationRepository({
      audit,
      now,
      ...(options.followsAtOnce !== undefined && { followsAtOnce: options.followsAtOnce }),
    }),
    rounds: new MemoryRoundRepository({ audit, ...(options.rounds && { rounds: options.rounds }) }),
    audit,
    selectionRuns: new MemorySelectionRunRepository({ audit }),
    notifications: new MemoryNotificationLedger(),
    serviceYears: new MemoryServiceYearRepository({ audit }),
    supportPlans: new MemorySupportPlanRepository({ audit }),
    advanceClock(ms) {
      offsetMs += ms;
    },
  };
}
