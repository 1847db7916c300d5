import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { HttpRequestError } from './request-error.ts';
import { fieldErrors } from './validation-messages.ts';

/** Application bodies are a few hundred bytes; anything far larger is a mistake or abuse. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Parses a JSON body with a strict schema; every problem is reported with its field path. */
export function jsonBody<T extends z.ZodMiniType>(event: APIGatewayProxyEventV2, schema: T): z.output<T> {
  const contentType = event.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) throw new HttpRequestError(415, 'UNSUPPORTED_MEDIA_TYPE');
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) throw new HttpRequestError(413, 'BODY_TOO_LARGE');
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(raw);
  } catch {
    throw new HttpRequestError(400, 'BODY_NOT_JSON');
  }
  const parsed = schema.safeParse(parsedJson);
  if (!parsed.success)
    throw new HttpRequestError(400, 'VALIDATION_FAILED', fieldErrors(parsed.error.issues, parsedJson));
  return parsed.data;
}

/** Parses the query string with a strict schema: an unknown or malformed parameter is reported by name. */
export function queryParameters<T extends z.ZodMiniType>(event: APIGatewayProxyEventV2, schema: T): z.output<T> {
  const raw = event.queryStringParameters ?? {};
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new HttpRequestError(400, 'VALIDATION_FAILED', fieldErrors(parsed.error.issues, raw));
  return parsed.data;
}

/** API Gateway lower-cases header names in payload 2.0. */
export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  return event.headers[name.toLowerCase()];
}

/** API Gateway's request time: the server's receipt time, never the client's clock. */
export function receivedAt(event: APIGatewayProxyEventV2): Date {
  return new Date(event.requestContext.timeEpoch);
}
