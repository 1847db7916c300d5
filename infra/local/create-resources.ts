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
import { TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';

export interface LocalResources {
  dynamodbEndpoint: string;
  s3Endpoint: string;
  region: string;
  tableName: string;
  bucketName: string;
}

/**
 * Credentials for every stand-in, so the SDK never looks for real ones. The S3 server knows one key pair,
 * `S3RVER`, and refuses any other key id (it checks no signatures); DynamoDB Local and SES accept any.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * Creates the table and the documents bucket in the local stand-ins as the CDK data stack creates them in AWS,
 * from the same table design. Safe to run on every start: what exists already is left as it is.
 */
export async function createResources(resources: LocalResources): Promise<void> {
  await Promise.all([createTable(resources), createBucket(resources)]);
}

async function createTable({ dynamodbEndpoint, region, tableName }: LocalResources): Promise<void> {
  const client = new DynamoDBClient({ endpoint: dynamodbEndpoint, region, credentials: LOCAL_CREDENTIALS });
  try {
    const keyNames = [
      TABLE_DESIGN.partitionKey,
      TABLE_DESIGN.sortKey,
      ...TABLE_DESIGN.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
    ];
    const attributes: AttributeDefinition[] = keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' }));
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributes,
          KeySchema: [
            { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: TABLE_DESIGN.indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          })),
          StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_DESIGN.stream },
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
    await enableTimeToLive(client, tableName);
  } finally {
    client.destroy();
  }
}

/** DynamoDB Local keeps the setting but never deletes expired items; it also refuses to enable it twice. */
async function enableTimeToLive(client: DynamoDBClient, tableName: string): Promise<void> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = current.TimeToLiveDescription?.TimeToLiveStatus;
  if (status === 'ENABLED' || status === 'ENABLING') return;
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.timeToLiveAttribute, Enabled: true },
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
    // Browsers post documents straight to storage with the presigned form, from whatever port serves the web app.
    await client.send(
      new PutBucketCorsCommand({
        Bucket: bucketName,
        CORSConfiguration: {
          CORSRules: [{ AllowedOrigins: ['*'], AllowedMethods: ['POST'], AllowedHeaders: ['*'], MaxAgeSeconds: 600 }],
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
