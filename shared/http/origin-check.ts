import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { fetchSecretValue } from '../adapters/secrets/secrets-manager-secret.ts';
import { readConfig } from '../config.ts';
import { logger } from '../logging/logger.ts';
import { HttpRequestError } from './request-error.ts';

/** The header the CloudFront distribution adds to every request it forwards to the API (lower-case, as in 2.0). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/** Where the expected value comes from: `undefined` means the check is off. */
export type OriginSecretSource = () => Promise<string | undefined>;

/**
 * The first middleware of every HTTP function: a request without the value the distribution adds came to the
 * API's own address, past the web application firewall, and is refused with 403 before anything else runs (no
 * token check, no audit entry: it is nobody's action in the system). The comparison takes the same time however
 * much of the value is right, and neither the answer nor the log ever holds what was sent.
 */
export function originCheck(
  originSecret: OriginSecretSource = getOriginSecret,
): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    before: async (request) => {
      const expected = await originSecret();
      if (expected === undefined) return;
      const sent = request.event.headers?.[ORIGIN_VERIFY_HEADER];
      if (sent !== undefined && sameValue(sent, expected)) return;
      logger.warn('request-refused', {
        requestId: request.event.requestContext?.requestId ?? request.context.awsRequestId,
        routeKey: request.event.routeKey,
        refused: 'NOT_THROUGH_SITE',
        header: sent === undefined ? 'missing' : 'wrong',
      });
      throw new HttpRequestError(403, 'NOT_THROUGH_SITE');
    },
  };
}

/** Compares digests, which are always of equal length, so the time taken says nothing about the value. */
function sameValue(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

/**
 * The value itself (the local host), or fetched from Secrets Manager by its ARN (AWS); `undefined` when neither
 * is configured.
 */
async function loadOriginSecret(): Promise<string | undefined> {
  const origin = readConfig('origin');
  if (origin.ORIGIN_SECRET) return origin.ORIGIN_SECRET;
  if (origin.ORIGIN_SECRET_ARN) return fetchSecretValue(origin.ORIGIN_SECRET_ARN, readConfig('aws').AWS_REGION);
  return undefined;
}

let cached: Promise<string | undefined> | undefined;

/** Read once per process, on the first request, and reused by every warm invocation. */
export function getOriginSecret(): Promise<string | undefined> {
  cached ??= loadOriginSecret();
  // A failed read (say, Secrets Manager did not answer) is retried on the next request, not cached forever.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
