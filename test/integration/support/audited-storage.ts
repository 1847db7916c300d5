import { afterAll, beforeAll } from 'vitest';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbAuditLog } from '../../../shared/adapters/dynamodb/dynamodb-audit-log.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { type LocalAws, startLocalAws } from './local-aws.ts';

export interface AuditedStorage {
  applications: DynamoDbApplicationRepository;
  audit: DynamoDbAuditLog;
}

/**
 * The applications and the audit log on the stand-ins, as the functions make them (a staff change writes its
 * audit entry in the same transaction), for the tests of one file: made before them, stopped after them. The
 * fields are filled in before the first test runs, so tests read them as `storage.applications`.
 */
export function auditedStorageForFile(): AuditedStorage {
  const storage = {} as AuditedStorage;
  let aws: LocalAws | undefined;
  beforeAll(async () => {
    aws = await startLocalAws();
    const { auditTableName } = aws;
    storage.applications = new DynamoDbApplicationRepository(aws.clients.documentClient, aws.tableName, {
      auditTableName: () => auditTableName,
    });
    storage.audit = new DynamoDbAuditLog(aws.clients.documentClient, auditTableName);
  });
  afterAll(() => aws?.stop());
  return storage;
}

let entries = 0;

/** The audit entry of a Bauska social worker's change that succeeded (a score unless `fields` say otherwise). */
export function staffEntry(fields: Partial<AuditEntry> = {}): AuditEntry {
  entries += 1;
  return {
    id: `request-${entries}`,
    at: '2019-08-20T08:00:00.000Z',
    actor: { subject: 's-1', username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' },
    action: 'scores.record',
    outcome: 'succeeded',
    ...fields,
  };
}
