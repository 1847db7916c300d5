import type { AwsClientOptions } from '../adapters/aws-client-options.ts';
import { createDocumentClient } from '../adapters/dynamodb-client.ts';
import type { TablePort } from '../carried-adapters.ts';
import { readConfig } from '../config.ts';
import type { Ports } from '../ports/index.ts';
import { once } from './once.ts';

/** The maker of each port of the table this function carries, made once on first use; absent when not carried. */
export type TablePorts = { readonly [P in TablePort]?: () => Ports[P] };

/**
 * Loads the repositories of the applications table and the audit log this function carries: those its needs name.
 * As with the families (`shared/composition.ts`), bundling turns each `import.meta.carries?.<port>` into a
 * constant, and esbuild leaves out every repository behind a `false`, with the item schemas and domain rules only it
 * uses. Each is imported on its own because a module the bundle imports statically is kept, and its schemas made at
 * start, even when nothing of it is used. Run from source, every port is there.
 */
export async function loadTablePorts(): Promise<(aws: AwsClientOptions) => TablePorts> {
  const [
    rounds,
    applications,
    audit,
    selectionRuns,
    serviceYears,
    supportPlans,
    notifications,
    personalData,
    retention,
  ] = await Promise.all([
    import.meta.carries?.rounds !== false ? import('../adapters/dynamodb/dynamodb-round-repository.ts') : undefined,
    import.meta.carries?.applications !== false
      ? import('../adapters/dynamodb/dynamodb-application-repository.ts')
      : undefined,
    import.meta.carries?.audit !== false ? import('../adapters/dynamodb/dynamodb-audit-log.ts') : undefined,
    import.meta.carries?.selectionRuns !== false
      ? import('../adapters/dynamodb/dynamodb-selection-run-repository.ts')
      : undefined,
    import.meta.carries?.serviceYears !== false ? import('../adapters/dynamodb/dynamodb-service-years.ts') : undefined,
    import.meta.carries?.supportPlans !== false ? import('../adapters/dynamodb/dynamodb-support-plans.ts') : undefined,
    import.meta.carries?.notifications !== false
      ? import('../adapters/dynamodb/dynamodb-notification-ledger.ts')
      : undefined,
    import.meta.carries?.personalData !== false ? import('../adapters/dynamodb/dynamodb-personal-data.ts') : undefined,
    import.meta.carries?.retention !== false ? import('../adapters/dynamodb/dynamodb-retention.ts') : undefined,
  ]);
  /** Each reads its own config section when first used, because each function is given only its own tables. */
  return (aws) => {
    const client = once(() => createDocumentClient(aws));
    const tableName = once(() => readConfig('table').TABLE_NAME);
    const auditTableName = once(() => readConfig('audit').AUDIT_TABLE_NAME);
    return {
      // Administrators' changes write their audit entry with the round; functions that only read are not told of it.
      ...(rounds && {
        rounds: once(() => new rounds.DynamoDbRoundRepository(client(), tableName(), { auditTableName })),
      }),
      // Only staff changes write audit entries; the applicant's functions are not told of the audit table.
      ...(applications && {
        applications: once(
          () => new applications.DynamoDbApplicationRepository(client(), tableName(), { auditTableName }),
        ),
      }),
      ...(audit && { audit: once(() => new audit.DynamoDbAuditLog(client(), auditTableName())) }),
      ...(selectionRuns && {
        selectionRuns: once(
          () => new selectionRuns.DynamoDbSelectionRunRepository(client(), tableName(), auditTableName),
        ),
      }),
      // Both write their changes with an audit entry; the audit table is asked for only when one is saved.
      ...(serviceYears && {
        serviceYears: once(() => new serviceYears.DynamoDbServiceYearRepository(client(), tableName(), auditTableName)),
      }),
      ...(supportPlans && {
        supportPlans: once(() => new supportPlans.DynamoDbSupportPlanRepository(client(), tableName(), auditTableName)),
      }),
      ...(notifications && {
        notifications: once(() => new notifications.DynamoDbNotificationLedger(client(), tableName())),
      }),
      ...(personalData && { personalData: once(() => new personalData.DynamoDbPersonalData(client(), tableName())) }),
      ...(retention && {
        retention: once(() => new retention.DynamoDbRetentionStore(client(), tableName(), auditTableName)),
      }),
    };
  };
}
