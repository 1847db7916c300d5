import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AwsClientOptions, standIn } from './aws-client-options.ts';
import { retryTransientErrors } from './dynamodb/transient-errors.ts';

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
 * The document client every repository works with. It keeps its connections open, so a process makes it once
 * and every invocation of a warm function reuses it.
 */
export function createDocumentClient({ region, endpoints = {} }: AwsClientOptions): DynamoDBDocumentClient {
  const dynamodb = new DynamoDBClient({
    region,
    ...standIn(endpoints.dynamodb),
    requestHandler: endpoints.dynamodb ? STAND_IN_TIMEOUTS : DYNAMODB_TIMEOUTS,
  });
  // Conflicting transactions are retried, and faults left after every retry become a typed "try again later".
  retryTransientErrors(dynamodb);
  return DynamoDBDocumentClient.from(dynamodb, {
    // Optional fields of an application are absent, not null: DynamoDB refuses undefined values otherwise.
    marshallOptions: { removeUndefinedValues: true },
  });
}
