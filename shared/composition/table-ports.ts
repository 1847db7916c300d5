import type { AwsClientOptions } from '../adapters/aws-client-options.ts';
import { DynamoDbApplicationRepository } from '../adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbAuditLog } from '../adapters/dynamodb/dynamodb-audit-log.ts';
import { DynamoDbNotificationLedger } from '../adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbPersonalData } from '../adapters/dynamodb/dynamodb-personal-data.ts';
import { DynamoDbRetentionStore } from '../adapters/dynamodb/dynamodb-retention.ts';
import { DynamoDbRoundRepository } from '../adapters/dynamodb/dynamodb-round-repository.ts';
import { DynamoDbSelectionRunRepository } from '../adapters/dynamodb/dynamodb-selection-run-repository.ts';
import { DynamoDbServiceYearRepository } from '../adapters/dynamodb/dynamodb-service-years.ts';
import { DynamoDbSupportPlanRepository } from '../adapters/dynamodb/dynamodb-support-plans.ts';
import { createDocumentClient } from '../adapters/dynamodb-client.ts';
import { readConfig } from '../config.ts';
import type { Ports } from '../ports/index.ts';
import { once } from './once.ts';

export type TablePorts = Pick<
  Ports,
  | 'rounds'
  | 'applications'
  | 'audit'
  | 'selectionRuns'
  | 'serviceYears'
  | 'supportPlans'
  | 'notifications'
  | 'personalData'
  | 'retention'
>;

/**
 * The repositories of the applications table and the audit log, over one DynamoDB client. Each reads its own
 * config section when first used, because each function is given only its own tables.
 */
export function tablePorts(aws: AwsClientOptions): TablePorts {
  const client = once(() => createDocumentClient(aws));
  const tableName = once(() => readConfig('table').TABLE_NAME);
  const auditTableName = once(() => readConfig('audit').AUDIT_TABLE_NAME);
  // Administrators' changes write their audit entry with the round; functions that only read are not told of it.
  const rounds = once(() => new DynamoDbRoundRepository(client(), tableName(), { auditTableName }));
  // Only staff changes write audit entries; the applicant's functions are not told of the audit table.
  const applications = once(() => new DynamoDbApplicationRepository(client(), tableName(), { auditTableName }));
  const audit = once(() => new DynamoDbAuditLog(client(), auditTableName()));
  const selectionRuns = once(() => new DynamoDbSelectionRunRepository(client(), tableName(), auditTableName));
  // Both write their changes with an audit entry; the audit table is asked for only when one is saved.
  const serviceYears = once(() => new DynamoDbServiceYearRepository(client(), tableName(), auditTableName));
  const supportPlans = once(() => new DynamoDbSupportPlanRepository(client(), tableName(), auditTableName));
  const notifications = once(() => new DynamoDbNotificationLedger(client(), tableName()));
  const personalData = once(() => new DynamoDbPersonalData(client(), tableName()));
  const retention = once(() => new DynamoDbRetentionStore(client(), tableName(), auditTableName));
  return {
    get rounds() {
      return rounds();
    },
    get applications() {
      return applications();
    },
    get audit() {
      return audit();
    },
    get selectionRuns() {
      return selectionRuns();
    },
    get serviceYears() {
      return serviceYears();
    },
    get supportPlans() {
      return supportPlans();
    },
    get notifications() {
      return notifications();
    },
    get personalData() {
      return personalData();
    },
    get retention() {
      return retention();
    },
  };
}
