import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';

/**
 * Gives the client the SDK's standard retry strategy with its own number of attempts and its own retry quota, so
 * every fault is retried (or not) exactly as before, but sends each retry at once. The back-off only chooses when
 * a retry goes out (after throttling, a random wait of up to seconds), never whether: a test of what faults leave
 * stored need not sleep through it.
 */
export async function retryWithoutWaiting(client: DynamoDBDocumentClient): Promise<void> {
  const strategy = new ConfiguredRetryStrategy(await client.config.maxAttempts(), 0);
  client.config.retryStrategy = async () => strategy;
}
