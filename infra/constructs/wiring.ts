import { Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { AUDIT_TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';
import type { AuditAccess, BucketAccess, FunctionNeeds, TableAccess } from './function-needs.ts';
import type { StaffTokenSettings } from './staff-user-pool.ts';

/*
 * Each helper grants a permission and sets the environment variable that `shared/config.ts` reads for it, in
 * one call: a function can never be told about a resource it may not use, or be allowed one it is not told of.
 */

/**
 * Grants item access to the applications table (and its indexes and key) and sets TABLE_NAME. The grant names
 * this table's ARNs only, so it never reaches the audit table.
 */
export function useTable(fn: LambdaFunction, table: ITable, access: TableAccess): void {
  if (access === 'readWrite') table.grantReadWriteData(fn);
  else table.grantReadData(fn);
  fn.addEnvironment('TABLE_NAME', table.tableName);
}

/**
 * Allows dynamodb:PutItem on the audit table (and Query on it and its index for `appendAndRead`, on the
 * application index alone for `appendAndHistory`), and sets
 * AUDIT_TABLE_NAME. Written out action by action rather than with the table's grant helpers, which would add
 * UpdateItem and DeleteItem: the log is append-only because no role may change or remove an entry. The key is
 * the one a put needs for encryption (the same actions the table's own write grant gives).
 */
export function useAuditLog(fn: LambdaFunction, auditTable: ITable, access: AuditAccess): void {
  fn.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [auditTable.tableArn] }));
  if (access === 'appendAndRead') {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [auditTable.tableArn, `${auditTable.tableArn}/index/*`],
      }),
    );
  }
  if (access === 'appendAndHistory') {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [`${auditTable.tableArn}/index/${AUDIT_TABLE_DESIGN.indexes[0].name}`],
      }),
    );
  }
  auditTable.encryptionKey?.grantEncryptDecrypt(fn);
  fn.addEnvironment('AUDIT_TABLE_NAME', auditTable.tableName);
}

/**
 * Sets STAFF_TOKEN_ISSUER, STAFF_TOKEN_AUDIENCE and STAFF_JWKS_URL, so the function can verify a staff ID token
 * itself. No permission goes with them: the pool's signing keys are public.
 */
export function useStaffAuth(fn: LambdaFunction, settings: StaffTokenSettings): void {
  fn.addEnvironment('STAFF_TOKEN_ISSUER', settings.issuer);
  fn.addEnvironment('STAFF_TOKEN_AUDIENCE', settings.audience);
  fn.addEnvironment('STAFF_JWKS_URL', settings.jwksUrl);
}

/**
 * Grants object access to the documents bucket and sets DOCUMENTS_BUCKET. `put` covers presigning a POST form
 * (the signature is only as good as the signer's own s3:PutObject). `delete` is plain s3:DeleteObject: with
 * versioning that leaves a recoverable noncurrent version, so the function cannot destroy evidence for good.
 */
export function useBucket(fn: LambdaFunction, bucket: IBucket, access: readonly BucketAccess[]): void {
  const wanted = new Set(access);
  if (wanted.has('put')) bucket.grantPut(fn);
  if (wanted.has('read')) bucket.grantRead(fn);
  if (wanted.has('delete')) {
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:DeleteObject'], resources: [bucket.arnForObjects('*')] }));
  }
  fn.addEnvironment('DOCUMENTS_BUCKET', bucket.bucketName);
}

/**
 * Allows ses:SendEmail only with `from` as the sender, and sets MAIL_FROM. The resource is every identity of the
 * account because in the SES sandbox the recipients' identities are authorised too; the condition is what
 * pins the sender.
 */
export function useMailer(fn: LambdaFunction, from: string): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [Stack.of(fn).formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
      conditions: { StringEquals: { 'ses:FromAddress': from } },
    }),
  );
  fn.addEnvironment('MAIL_FROM', from);
}

/**
 * Allows reading the application secret and passes its ARN (APP_SECRET_ARN), never its value: a value in the
 * environment is readable by anyone who may view the function's configuration. `shared/composition.ts` fetches
 * the value once per cold start.
 */
export function useAppSecret(fn: LambdaFunction, secret: ISecret): void {
  secret.grantRead(fn);
  fn.addEnvironment('APP_SECRET_ARN', secret.secretArn);
}

/** Sets PUBLIC_WEB_URL, the base of links in e-mail; no permission goes with it. */
export function useWebUrl(fn: LambdaFunction, url: string): void {
  fn.addEnvironment('PUBLIC_WEB_URL', url);
}

/** The resources a function's needs are resolved against. */
export interface NeedsResources {
  readonly table: ITable;
  readonly bucket: IBucket;
  readonly mailFrom: string;
  readonly auditTable: ITable;
  readonly staffAuth: StaffTokenSettings;
}

/** Applies one row of FUNCTION_NEEDS: exactly the listed access, each with its variable. */
export function useNeeds(fn: LambdaFunction, needs: FunctionNeeds, resources: NeedsResources): void {
  if (needs.table) useTable(fn, resources.table, needs.table);
  if (needs.bucket && needs.bucket.length > 0) useBucket(fn, resources.bucket, needs.bucket);
  if (needs.mail) useMailer(fn, resources.mailFrom);
  if (needs.audit) useAuditLog(fn, resources.auditTable, needs.audit);
  if (needs.staffAuth) useStaffAuth(fn, resources.staffAuth);
}
