import { Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IConstruct } from 'constructs';
import { AUDIT_TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';
import { SUBMITTED_PREFIX, UPLOADS_PREFIX } from '../../shared/adapters/s3/s3-document-store.ts';
import { MALWARE_SCAN_TAG } from '../../shared/domain/malware-scan.ts';
import { acknowledge, findingResource } from '../nag.ts';
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
  acknowledge(policyHolderOf(fn), {
    [`AwsSolutions-IAM5[Resource::${findingResource(fn, `${table.tableArn}/index/*`)}]`]:
      "The table's own indexes (queue order, duplicates, rounds), all defined by its shared design; the grant " +
      'names no other table.',
    ...KEY_GRANT_ACKNOWLEDGEMENTS,
  });
}

/**
 * The actions of the CDK's grants on the data key: the server-side encryption of DynamoDB and S3 calls these
 * variants on the caller's behalf. The resource is the one data key, never `*`.
 */
const KEY_GRANT_ACKNOWLEDGEMENTS = {
  'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]':
    'Server-side encryption with the data key generates data keys with or without plaintext; the grant names that one key.',
  'AwsSolutions-IAM5[Action::kms:ReEncrypt*]':
    'Server-side encryption with the data key re-encrypts from and to that key; the grant names that one key.',
};

/** Where a function's grants end up: findings about them are acknowledged there. */
function policyHolderOf(fn: LambdaFunction): IConstruct {
  return fn.role ?? fn;
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
        resources: [auditTable.tableArn, `${auditTable.tableArn}/index/${AUDIT_TABLE_DESIGN.indexes[0].name}`],
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
  acknowledge(policyHolderOf(fn), KEY_GRANT_ACKNOWLEDGEMENTS);
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
 * Allows exactly the object actions of `access` on the documents bucket, each on its own part of it, and sets
 * DOCUMENTS_BUCKET. Uploads (`uploads/`) are what presigned forms write until submission; submitted documents
 * (`submitted/`) are the checked copies staff open, which no form can reach because no function that signs forms
 * may write there.
 * - `uploadForms`: s3:PutObject on uploads, which presigning a POST form needs (the form is only as good as its
 *   signer's right).
 * - `readUploads`: s3:GetObject on uploads, to check an upload's size and bytes.
 * - `deleteUploads`: s3:DeleteObject on uploads, to discard a refused file; with versioning a recoverable
 *   noncurrent version stays, so a function cannot destroy evidence for good.
 * - `keepSubmitted`: s3:PutObject on submitted documents, to keep the checked bytes at submission.
 * - `readClean`: s3:GetObject on submitted documents only when the malware scan tagged them clean, and
 *   s3:GetObjectTagging to tell the user why not otherwise. S3 checks the condition when the presigned link is
 *   used, so a link can never fetch an unscanned or infected document, whatever the code does.
 * - `eraseDocuments`: s3:ListBucketVersions under uploads and submitted documents, and s3:DeleteObjectVersion on
 *   both, to delete every version of an application's documents when its personal data is removed: the one access
 *   that destroys a document for good, given only to the functions that remove personal data.
 * The data key goes with them: data keys to encrypt what is written, decryption to read.
 */
export function useBucket(fn: LambdaFunction, bucket: IBucket, access: readonly BucketAccess[]): void {
  const uploads = bucket.arnForObjects(`${UPLOADS_PREFIX}*`);
  const submitted = bucket.arnForObjects(`${SUBMITTED_PREFIX}*`);
  const allow = (actions: string[], resource: string, conditions?: Record<string, Record<string, string | string[]>>) =>
    fn.addToRolePolicy(new PolicyStatement({ actions, resources: [resource], ...(conditions && { conditions }) }));
  const wanted = new Set(access);
  if (wanted.has('uploadForms')) allow(['s3:PutObject'], uploads);
  if (wanted.has('readUploads')) allow(['s3:GetObject'], uploads);
  if (wanted.has('deleteUploads')) allow(['s3:DeleteObject'], uploads);
  if (wanted.has('keepSubmitted')) allow(['s3:PutObject'], submitted);
  if (wanted.has('readClean')) {
    allow(['s3:GetObject'], submitted, {
      StringEquals: { [`s3:ExistingObjectTag/${MALWARE_SCAN_TAG.key}`]: MALWARE_SCAN_TAG.clean },
    });
    allow(['s3:GetObjectTagging'], submitted);
  }
  if (wanted.has('eraseDocuments')) {
    allow(['s3:ListBucketVersions'], bucket.bucketArn, {
      StringLike: { 's3:prefix': [`${UPLOADS_PREFIX}*`, `${SUBMITTED_PREFIX}*`] },
    });
    allow(['s3:DeleteObjectVersion'], uploads);
    allow(['s3:DeleteObjectVersion'], submitted);
  }
  const key = bucket.encryptionKey;
  if (key && (wanted.has('uploadForms') || wanted.has('keepSubmitted'))) key.grant(fn, 'kms:GenerateDataKey');
  if (key && (wanted.has('readUploads') || wanted.has('readClean'))) key.grantDecrypt(fn);
  fn.addEnvironment('DOCUMENTS_BUCKET', bucket.bucketName);
  const reason =
    "Documents are keyed by round and application reference, made at run time; the actions are only this function's.";
  acknowledge(policyHolderOf(fn), {
    [`AwsSolutions-IAM5[Resource::${findingResource(fn, uploads)}]`]: reason,
    [`AwsSolutions-IAM5[Resource::${findingResource(fn, submitted)}]`]: reason,
  });
}

/**
 * Allows ses:SendEmail only with `from` as the sender, and sets MAIL_FROM, MAIL_CONFIGURATION_SET (the set
 * that records bounces and complaints) and MAIL_RATE_PER_SECOND (the account's sending rate). The resource is every identity of the
 * account because in the SES sandbox the recipients' identities are authorised too; the condition is what
 * pins the sender.
 */
export function useMailer(fn: LambdaFunction, from: string, configurationSet: string, ratePerSecond: number): void {
  const identities = Stack.of(fn).formatArn({ service: 'ses', resource: 'identity', resourceName: '*' });
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      // A message sent with a configuration set is authorised against the set as well as the identities.
      resources: [
        identities,
        Stack.of(fn).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSet }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': from } },
    }),
  );
  fn.addEnvironment('MAIL_FROM', from);
  fn.addEnvironment('MAIL_CONFIGURATION_SET', configurationSet);
  fn.addEnvironment('MAIL_RATE_PER_SECOND', String(ratePerSecond));
  acknowledge(policyHolderOf(fn), {
    [`AwsSolutions-IAM5[Resource::${findingResource(fn, identities)}]`]:
      "SES also checks the recipients' identities while the account is in the sandbox; the condition pins the sender.",
  });
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

/**
 * Allows reading the origin secret and passes its ARN (ORIGIN_SECRET_ARN): an HTTP function answers only requests
 * that carry its value, which only the CloudFront distribution sends.
 */
export function useOriginSecret(fn: LambdaFunction, secret: ISecret): void {
  secret.grantRead(fn);
  fn.addEnvironment('ORIGIN_SECRET_ARN', secret.secretArn);
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
  readonly mailConfigurationSet: string;
  readonly mailRatePerSecond: number;
  readonly auditTable: ITable;
  readonly staffAuth: StaffTokenSettings;
}

/** Applies a function's declared needs: exactly the listed access, each with its variable. */
export function useNeeds(fn: LambdaFunction, needs: FunctionNeeds, resources: NeedsResources): void {
  if (needs.table) useTable(fn, resources.table, needs.table);
  if (needs.bucket && needs.bucket.length > 0) useBucket(fn, resources.bucket, needs.bucket);
  if (needs.mail) useMailer(fn, resources.mailFrom, resources.mailConfigurationSet, resources.mailRatePerSecond);
  if (needs.audit) useAuditLog(fn, resources.auditTable, needs.audit);
  if (needs.staffAuth) useStaffAuth(fn, resources.staffAuth);
}
