import type { FunctionNeeds } from './function-needs.ts';

/**
 * The groups of adapters a function's code can carry, each with what it is made with: the table's repositories and
 * the audit log (the DynamoDB client), the document store (the S3 client and its presigners), the mailer (the SES
 * client), the staff token verifier (jose).
 */
export type AdapterFamily = 'dynamodb' | 's3' | 'ses' | 'staffTokens';

export type CarriedAdapters = Readonly<Record<AdapterFamily, boolean>>;

/**
 * The families a deployed function carries: exactly those its declared needs name, so that a function whose needs
 * name no bucket has no S3 code, and loads no S3 client when it starts.
 */
export function carriedAdapters(needs: FunctionNeeds): CarriedAdapters {
  return {
    dynamodb: needs.table !== undefined || needs.audit !== undefined,
    s3: (needs.bucket ?? []).length > 0,
    ses: needs.mail === true,
    staffTokens: needs.staffAuth === true,
  };
}

declare global {
  interface ImportMeta {
    /**
     * What this function's bundle carries: each `import.meta.carries?.<family>` is replaced by a constant when the
     * function is bundled (`infra/constructs/bundling.ts`). Absent when the code runs from source (the tests, the
     * local host), which carries every family.
     */
    readonly carries?: CarriedAdapters;
  }
}
