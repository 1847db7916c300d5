import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  AccessError,
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ServiceUnavailableError,
  type Violation,
} from '../domain/errors.ts';
import type { ErrorResponse } from '../schemas/api.ts';
import { type MessageCode, messages } from './messages.ts';
import { type FieldError, HttpRequestError } from './request-error.ts';
import { json } from './responses.ts';

/**
 * The one mapping from errors to HTTP answers. 4xx answers say what is wrong and how to fix it, in Latvian and
 * English; a data store too busy even after retrying is a 503 with Retry-After (sending the same request again is
 * safe); anything unexpected is a generic 500, logged with the request id and without request data.
 */
export function errorResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  if (error instanceof HttpRequestError) return problem(error.status, error.code, requestId, error.fields);
  if (error instanceof RuleViolationError) return ruleViolations(error.violations, requestId);
  if (error instanceof NotFoundError) return problem(404, error.code, requestId);
  if (error instanceof AccessError) return problem(error.status, error.code, requestId);
  if (error instanceof ConflictError) return problem(409, error.code, requestId);
  if (error instanceof ServiceUnavailableError) return unavailable(error, requestId);
  logUnexpected(error, requestId);
  return problem(500, 'INTERNAL_ERROR', requestId);
}

function ruleViolations(violations: readonly Violation[], requestId: string): APIGatewayProxyStructuredResultV2 {
  const fields = violations.flatMap((violation) =>
    violation.field ? [{ path: violation.field, code: violation.code, message: messages[violation.code] }] : [],
  );
  const [only] = violations;
  const code = violations.length === 1 && only ? only.code : 'VALIDATION_FAILED';
  return problem(422, code, requestId, fields.length > 0 ? fields : undefined);
}

function unavailable(error: ServiceUnavailableError, requestId: string): APIGatewayProxyStructuredResultV2 {
  // Operators see how often it happens and what DynamoDB said, by name only.
  const cause = error.cause instanceof Error ? { cause: error.cause.name } : {};
  console.warn(JSON.stringify({ level: 'warn', requestId, code: error.code, ...cause }));
  const response = problem(503, error.code, requestId);
  return { ...response, headers: { ...response.headers, 'retry-after': String(error.retryAfterSeconds) } };
}

function problem(
  status: number,
  code: MessageCode,
  requestId: string,
  fields?: readonly FieldError[],
): APIGatewayProxyStructuredResultV2 {
  const body: ErrorResponse = {
    error: { code, message: messages[code], ...(fields && { fields: [...fields] }) },
    requestId,
  };
  return json(status, body);
}

/** Only the error's name, message and stack: never the request, which may hold personal data. */
function logUnexpected(error: unknown, requestId: string): void {
  const details = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : {};
  console.error(JSON.stringify({ level: 'error', requestId, ...details }));
}
