import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { AppSecret } from '../constructs/app-secret.ts';
import { DocumentsBucket } from '../constructs/documents-bucket.ts';
import { IntakeTable } from '../constructs/intake-table.ts';

export interface DataStackProps extends StackProps {
  /** Web origins allowed to upload documents to the bucket with presigned POST forms. */
  readonly uploadOrigins: readonly string[];
}

/**
 * Everything that holds applicants' data, in a stack of its own so that the stateless API can be replaced or
 * destroyed freely. Every resource here is retained: removing the stack never removes data.
 */
export class DataStack extends Stack {
  /** Encrypts the table and the documents. */
  readonly key: Key;
  readonly table: TableV2;
  readonly bucket: Bucket;
  readonly appSecret: Secret;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    this.key = new Key(this, 'DataKey', {
      description: `${this.stackName}: applications table and documents bucket`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table = new IntakeTable(this, 'Applications', { encryptionKey: this.key }).table;
    this.bucket = new DocumentsBucket(this, 'Documents', {
      encryptionKey: this.key,
      uploadOrigins: props.uploadOrigins,
    }).bucket;
    this.appSecret = new AppSecret(this, 'AppSecret').secret;
  }
}
