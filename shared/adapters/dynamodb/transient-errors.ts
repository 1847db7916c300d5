import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ServiceUnavailableError } from '../../domain/errors.ts';

/**
 * DynamoDB's answers that say nothing about the request itself: the same request may well succeed a moment later.
 * The SDK's standard retry strategy already retries throttling, 5xx, time-outs and broken connections (up to its
 * `maxAttempts`, with jittered back-off). It never retries a transaction cancelled by a conflict with another
 * transaction, which is a 400 like a failed condition.
 */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionInProgressException',
]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** Reasons of a cancelled transaction that are about the moment, not about the items' conditions. */
const PASSING_REASONS = new Set(['TransactionConflict', 'ProvisionedThroughputExceeded', 'ThrottlingError']);

/** Attempts of a conflicting write, ours, each of which the SDK may retry itself for other faults. */
const CONFLICT_ATTEMPTS = 4;
/** Full jitter: a wait drawn from [0, min(cap, base · 2^retry)). A conflicting transaction takes milliseconds. */
const BACKOFF_BASE_MS = 25;
const BACKOFF_CAP_MS = 400;

interface SdkErrorShape {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: Array<{ Code?: string }>;
}

/**
 * Another transaction held an item: nothing of this write was applied, and its conditions are checked again when
 * it is sent again, so sending it again is always safe.
 */
export function isWriteConflict(error: unknown): boolean {
  const shape = asShape(error);
  if (shape.name === 'TransactionConflictException') return true;
  if (shape.name !== 'TransactionCanceledException') return false;
  return (shape.CancellationReasons ?? []).some((reason) => PASSING_REASONS.has(reason.Code ?? ''));
}

/**
 * Throttling, a server error, a time-out or a broken connection, left over once the SDK stopped retrying. The
 * write may have been applied (its answer lost) or not.
 */
export function isTransient(error: unknown): boolean {
  const shape = asShape(error);
  const status = shape.$metadata?.httpStatusCode ?? 0;
  return (
    THROTTLING.has(shape.name ?? '') ||
    status >= 500 ||
    shape.name === 'TimeoutError' ||
    NETWORK_CODES.has(shape.code ?? '')
  );
}

/**
 * A middleware around every command of a DynamoDB client, outside the SDK's own retries: a write that conflicted
 * with another transaction is sent again (a bounded number of times, after a jittered wait), and what is still
 * transient after every retry becomes a `ServiceUnavailableError`, which the API answers with 503 and
 * Retry-After. Every other error (a failed condition above all) reaches the repository unchanged.
 */
export function retryTransientErrors(client: Pick<DynamoDBClient, 'middlewareStack'>, random = Math.random): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      for (let attempt = 1; ; attempt++) {
        try {
          // A fresh copy each time: the SDK fills in a new ClientRequestToken for the new transaction.
          return await next({ ...args, input: { ...args.input } });
        } catch (error) {
          if (isWriteConflict(error) && attempt < CONFLICT_ATTEMPTS) {
            await sleep(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
            continue;
          }
          if (isWriteConflict(error) || isTransient(error)) throw new ServiceUnavailableError({ cause: error });
          throw error;
        }
      }
    },
    { step: 'initialize', priority: 'high', name: 'retryTransientErrors', override: true },
  );
}

function asShape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {};
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
