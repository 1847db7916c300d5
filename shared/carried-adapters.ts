import { type FunctionNeeds, REPOSITORIES, type Repository } from './function-needs.ts';

/**
 * The groups of adapters a function's code can carry, each with what it is made with: the table's repositories and
 * the audit log (the DynamoDB client), the document store (the S3 client and its presigners), the mailer (the SES
 * client), the staff token verifier (jose).
 */
export type AdapterFamily = 'dynamodb' | 's3' | 'ses' | 'staffTokens';

/** The ports of the table one by one: each repository, and the audit log. */
export type TablePort = Repository | 'audit';

export const TABLE_PORTS: readonly TablePort[] = [...REPOSITORIES, 'audit'];

export type CarriedAdapters = Readonly<Record<AdapterFamily | TablePort, boolean>>;

/**
 * The families a deployed function carries: exactly those its declared needs name, so that a function whose needs
 * name no bucket has no S3 code, and loads no S3 client when it starts. Of the table, it carries the repositories
 * its needs name and the audit log when they name it, and the DynamoDB client only for those.
 */
export function carriedAdapters(needs: FunctionNeeds): CarriedAdapters {
  const tablePorts = Object.fromEntries(TABLE_PORTS.map((port) => [port, declaresPort(needs, port)])) as Record<
    TablePort,
    boolean
  >;
  return {
    dynamodb: Object.values(tablePorts).some(Boolean),
    s3: (needs.bucket ?? []).length > 0,
    ses: needs.mail === true,
    staffTokens: needs.staffAuth === true,
    ...tablePorts,
  };
}

/** Whether the needs name this port of the table: a repository with the table, the audit log by itself. */
export function declaresPort(needs: FunctionNeeds, port: TablePort): boolean {
  if (port === 'audit') return needs.audit !== undefined;
  return needs.table !== undefined && (needs.repositories ?? []).includes(port);
}

declare global {
  interface ImportMeta {
    /**
     * What this function's bundle carries: each `import.meta.carries?.<family or table port>` is replaced by a
     * constant when the function is bundled (`infra/constructs/bundling.ts`). Absent when the code runs from source
     * (the tests, the local host), which carries every family.
     */
    readonly carries?: CarriedAdapters;
  }
}
