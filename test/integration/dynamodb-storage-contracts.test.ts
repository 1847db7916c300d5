import { afterAll, beforeAll } from 'vitest';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbAuditLog } from '../../shared/adapters/dynamodb/dynamodb-audit-log.ts';
import { DynamoDbNotificationLedger } from '../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbRoundRepository } from '../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { DynamoDbSelectionRunRepository } from '../../shared/adapters/dynamodb/dynamodb-selection-run-repository.ts';
import { DynamoDbServiceYearRepository } from '../../shared/adapters/dynamodb/dynamodb-service-years.ts';
import { DynamoDbSupportPlanRepository } from '../../shared/adapters/dynamodb/dynamodb-support-plans.ts';
import { storageContracts } from '../fakes/contracts/storage-contracts.ts';
import type { StoragePorts } from '../fakes/contracts/subject.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

/** The DynamoDB adapters keep the promises the in-memory fakes are held to (`test/unit/memory-storage-contracts.test.ts`). */
let aws: LocalAws;
let ports: StoragePorts;

beforeAll(async () => {
  aws = await startLocalAws();
  const client = aws.clients.documentClient;
  const auditTableName = () => aws.auditTableName;
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  ports = {
    applications: new DynamoDbApplicationRepository(client, aws.tableName, { now, auditTableName }),
    rounds: new DynamoDbRoundRepository(client, aws.tableName, { auditTableName }),
    audit: new DynamoDbAuditLog(client, aws.auditTableName),
    selectionRuns: new DynamoDbSelectionRunRepository(client, aws.tableName, auditTableName),
    notifications: new DynamoDbNotificationLedger(client, aws.tableName, now),
    serviceYears: new DynamoDbServiceYearRepository(client, aws.tableName, auditTableName),
    supportPlans: new DynamoDbSupportPlanRepository(client, aws.tableName, auditTableName),
    advanceClock(ms) {
      offsetMs += ms;
    },
  };
});
afterAll(() => aws?.stop());

storageContracts(() => ports);
