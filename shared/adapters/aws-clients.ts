import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { retryTransientErrors } from './dynamodb/transient-errors.ts';

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
 * DynamoDB answers in milliseconds. Without these the SDK waits for a hung connection until the function itself
 * times out (10 s); with them a hung attempt fails as a TimeoutError, which the SDK retries (a transaction with
 * the same ClientRequestToken, so a retry after a lost answer does not write twice). Four attempts fit in the
 * function's time.
 */
const DYNAMODB_TIMEOUTS = { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true };
/**
 * DynamoDB Local is one JVM on a developer's machine, shared by every test file running at once: it can be slower
 * than DynamoDB by far, so locally a request may take longer before it counts as hung.
 */
const STAND_IN_TIMEOUTS = { connectionTimeout: 5_000, requestTimeout: 10_000, throwOnRequestTimeout: true };

/**
 * The SDK clients, made here because only adapters may import the SDK. Each keeps its connections open, so
 * a process makes them once and every invocation of a warm function reuses them.
 */
export function createAwsClients({ region, endpoints = {} }: AwsClientOptions) {
  const local = (endpoint: string | undefined) => (endpoint ? { endpoint, credentials: STAND_IN_CREDENTIALS } : {});
  const dynamodb = new DynamoDBClient({
    region,
    ...local(endpoints.dynamodb),
    requestHandler: endpoints.dynamodb ? STAND_IN_TIMEOUTS : DYNAMODB_TIMEOUTS,
  });
  // Conflicting transactions are retried, and faults left after every retry become a typed "try again later".
  retryTransientErrors(dynamodb);
  return {
    documentClient: DynamoDBDocumentClient.from(dynamodb, {
      // Optional fields of an application are absent, not null: DynamoDB refuses undefined values otherwise.
      marshallOptions: { removeUndefinedValues: true },
    }),
    // Path-style addressing: a local server has no DNS name per bucket.
    s3: new S3Client({ region, ...local(endpoints.s3), ...(endpoints.s3 && { forcePathStyle: true }) }),
    ses: new SESClient({ region, ...local(endpoints.ses) }),
  };
}

export type AwsClients = ReturnType<typeof createAwsClients>;
