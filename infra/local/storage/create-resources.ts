import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import { AUDIT_TABLE_DESIGN, TABLE_DESIGN } from '../../../shared/adapters/dynamodb/table-design.ts';
import type { TableDesign } from '../../constructs/intake-table.ts';

export interface LocalResources {
  dynamodbEndpoint: string;
  s3Endpoint: string;
  region: string;
  tableName: string;
  /**
   * The audit table; the local host always names one. Left out, only the applications table is made, for
   * tests of adapters that never write the audit log.
   */
  auditTableName?: string;
  bucketName: string;
}

/**
 * Credentials for every stand-in, so the SDK never looks for real ones. The S3 server knows one key pair,
 * `S3RVER`, and refuses any other key id (it checks no signatures); DynamoDB Local and SES accept any.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * Creates the tables and the documents bucket in the local stand-ins as the CDK data stack creates them in AWS,
 * from the same table designs. Safe to run on every start: what exists already is left as it is.
 */
export async function createResources(resources: LocalResources): Promise<void> {
  const { dynamodbEndpoint, region, tableName, auditTableName } = resources;
  const client = new DynamoDBClient({ endpoint: dynamodbEndpoint, region, credentials: LOCAL_CREDENTIALS });
  try {
    await Promise.all([
      createTable(client, tableName, TABLE_DESIGN),
      ...(auditTableName ? [createTable(client, auditTableName, AUDIT_TABLE_DESIGN)] : []),
      createBucket(resources),
    ]);
  } finally {
    client.destroy();
  }
}

/** One table from its design: keys, indexes, and a stream and TTL only when the design has them. */
async function createTable(client: DynamoDBClient, tableName: string, design: TableDesign): Promise<void> {
  const keyNames = new Set([
    design.partitionKey,
    design.sortKey,
    ...design.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ]);
  const attributes: AttributeDefinition[] = [...keyNames].map((name) => ({ AttributeName: name, AttributeType: 'S' }));
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributes,
        KeySchema: [
          { AttributeName: design.partitionKey, KeyType: 'HASH' },
          { AttributeName: design.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: design.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: index.projection },
        })),
        ...(design.stream && { StreamSpecification: { StreamEnabled: true, StreamViewType: design.stream } }),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
  if (design.timeToLiveAttribute) await enableTimeToLive(client, tableName, design.timeToLiveAttribute);
}

/** DynamoDB Local keeps the setting but never deletes expired items; it also refuses to enable it twice. */
async function enableTimeToLive(client: DynamoDBClient, tableName: string, attributeName: string): Promise<void> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = current.TimeToLiveDescription?.TimeToLiveStatus;
  if (status === 'ENABLED' || status === 'ENABLING') return;
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && /already enabled/i.test(error.message))) throw error;
  }
}

async function createBucket({ s3Endpoint, region, bucketName }: LocalResources): Promise<void> {
  const client = new S3Client({ endpoint: s3Endpoint, region, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
  try {
    if (!(await bucketExists(client, bucketName))) {
      await client.send(new CreateBucketCommand({ Bucket: bucketName }));
    }
    // Browsers post documents straight to storage with the presigned form, and staff pages read them with a
    // presigned link to show them, from whatever port serves the web app.
    await client.send(
      new PutBucketCorsCommand({
        Bucket: bucketName,
        CORSConfiguration: {
          CORSRules: [
            { AllowedOrigins: ['*'], AllowedMethods: ['GET', 'POST'], AllowedHeaders: ['*'], MaxAgeSeconds: 600 },
          ],
        },
      }),
    );
  } finally {
    client.destroy();
  }
}

async function bucketExists(client: S3Client, bucketName: string): Promise<boolean> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucketName }));
    return true;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return false;
    throw error;
  }
}
