import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface AwsClientOptions {
  region: string;
  /** Endpoints of the local stand-ins; absent in AWS, where the SDK finds the regional endpoints itself. */
  endpoints?: { dynamodb?: string; s3?: string; ses?: string };
}

/**
 * The one key all three stand-ins accept: s3rver knows only `S3RVER` (it checks no signatures), the others take
 * any. Fixed here so that a developer's real AWS credentials are never picked up and sent to a local port.
 */
const STAND_IN_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * The SDK clients, made here because only adapters may import the SDK. Each keeps its connections open, so
 * a process makes them once and every invocation of a warm function reuses them.
 */
export function createAwsClients({ region, endpoints = {} }: AwsClientOptions) {
  const local = (endpoint: string | undefined) => (endpoint ? { endpoint, credentials: STAND_IN_CREDENTIALS } : {});
  return {
    documentClient: DynamoDBDocumentClient.from(new DynamoDBClient({ region, ...local(endpoints.dynamodb) }), {
      // Optional fields of an application are absent, not null: DynamoDB refuses undefined values otherwise.
      marshallOptions: { removeUndefinedValues: true },
    }),
    // Path-style addressing: a local server has no DNS name per bucket.
    s3: new S3Client({ region, ...local(endpoints.s3), ...(endpoints.s3 && { forcePathStyle: true }) }),
    ses: new SESClient({ region, ...local(endpoints.ses) }),
  };
}

export type AwsClients = ReturnType<typeof createAwsClients>;
