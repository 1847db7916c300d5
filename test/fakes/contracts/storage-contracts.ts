import { applicationRepositoryContract } from './application-repository.contract.ts';
import { auditLogContract } from './audit-log.contract.ts';
import { notificationLedgerContract } from './notification-ledger.contract.ts';
import { queueContract } from './queue.contract.ts';
import { roundRepositoryContract } from './round-repository.contract.ts';
import { selectionRunsContract } from './selection-runs.contract.ts';
import { serviceYearsContract } from './service-years.contract.ts';
import type { PortsUnderTest } from './subject.ts';
import { supportPlansContract } from './support-plans.contract.ts';

/** Every storage port's contract: run against the in-memory fakes and the DynamoDB adapters, so they cannot drift. */
export function storageContracts(ports: PortsUnderTest): void {
  applicationRepositoryContract(ports);
  queueContract(ports);
  auditLogContract(ports);
  roundRepositoryContract(ports);
  selectionRunsContract(ports);
  notificationLedgerContract(ports);
  serviceYearsContract(ports);
  supportPlansContract(ports);
}
