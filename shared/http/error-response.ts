import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { logger } from '../logging/logger.ts';
import type { ErrorResponse } from '../schemas/api.ts';
import { classifyError, type ErrorClassification } from './error-table.ts';
import { messages } from './messages.ts';
import { json } from './responses.ts';

/**
 * The HTTP answer to an error, as the error table (`error-table.ts`) classifies it. 4xx answers say what is wrong
 * and how to fix it, in Latvian and English; a data store too busy even after retrying is a 503 with Retry-After
 * (sending the same request again is safe); anything unexpected is a generic 500. Every 5xx is logged with the
 * request id and the error's name and message, never with the request.
 */
export function errorResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  const classified = classifyError(error);
  if (classified.status >= 500) logFailure(error, classified, requestId);
  const body: ErrorResponse = {
    error: {
      code: classified.code,
      message: classified.message ?? messages[classified.code],
      ...(classified.fields && { fields: [...classified.fields] }),
    },
    requestId,
  };
  const response = json(classified.status, body);
  if (classified.retryAfterSeconds === undefined) return response;
  return { ...response, headers: { ...response.headers, 'retry-after': String(classified.retryAfterSeconds) } };
}

/**
 * A busy data store is expected now and then: a warning, with what DynamoDB said by name only (its message names
 * the table). Anything else is an error, with its stack.
 */
function logFailure(error: unknown, classified: ErrorClassification, requestId: string): void {
  const { name, message, stack, cause } = error instanceof Error ? error : new Error(String(error));
  const { code } = classified;
  if (classified.kind === 'busy') {
    const causeName = cause instanceof Error ? { cause: cause.name } : {};
    logger.warn('service-busy', { requestId, code, error: { name, message, ...causeName } });
  } else {
    logger.error('unexpected-error', { requestId, code, error: { name, message, stack } });
  }
}
