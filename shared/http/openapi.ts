import * as z from 'zod/mini';
import { type Route, routes } from '../routes.ts';
import { ErrorResponseSchema } from '../schemas/api.ts';
import { inputPatterns } from '../schemas/input-patterns.ts';
import { classifyError } from './error-table.ts';
import type { AnswerBody } from './route-declaration.ts';

/**
 * The JSON Schema of a zod schema, as sent (`input`) or as answered (`output`). A text the server trims before
 * checking its length is described, as sent, by its registered input pattern instead of those lengths.
 */
export function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: described }) => {
      const input = io === 'input' && inputPatterns.get(zodSchema);
      if (!input) return;
      delete described.minLength;
      delete described.maxLength;
      described.pattern = input.pattern.source;
    },
  }) as Record<string, unknown>;
}

const RETRY_AFTER = {
  description: 'Seconds to wait before sending the same request again.',
  schema: { type: 'integer', minimum: 1 },
};

/**
 * Answered by the gateway before any function runs, on every route: a request over 10 MB, and a request line and
 * headers over 10,240 bytes together (API Gateway's limits, which the local host keeps too).
 */
const GATEWAY_LIMITS = [413, 431];

/** A CSV answer is a file to save, with its name. */
const CSV_FILE_NAME = {
  description: 'With a CSV answer: `attachment; filename="…"`, the name to save the file under.',
  schema: { type: 'string', pattern: '^attachment; filename="[^"]+"$' },
};

function describeStatus(status: number): string {
  if (status < 400) return 'Success';
  if (status === 413) return 'The request is larger than 10 MB (or its body larger than the route takes).';
  if (status === 431) return 'The request line and headers are longer than 10,240 bytes together.';
  if (status === 503) {
    return 'Too busy, even after retrying: nothing was lost. Send the same request again (the same Idempotency-Key for a create) after Retry-After seconds.';
  }
  return 'Error, in Latvian and English, with how to fix it';
}

/**
 * Every refusal a route can answer with: the gateway's limits, those its declaration implies (a malformed path,
 * header, query or body; sign-in, role and another municipality's application for staff; storage too busy for
 * anything that touches data) and those its rules add.
 */
export function refusalsOf(route: Route): number[] {
  const statuses = new Set<number>([...GATEWAY_LIMITS, ...(route.refusals ?? [])]);
  for (const part of [...Object.values(route.params ?? {}), ...Object.values(route.headers ?? {})]) {
    statuses.add(classifyError(part.invalid()).status);
  }
  if (route.query) statuses.add(400);
  if (route.body) for (const status of [400, 415]) statuses.add(status);
  if (route.access !== 'public') for (const status of [401, 403, 404]) statuses.add(status);
  if (Object.keys(route.needs).length > 0) statuses.add(503);
  return [...statuses].sort((a, b) => a - b);
}

function answerContent(answer: AnswerBody): Record<string, unknown> {
  return {
    ...(answer.json && { 'application/json': { schema: jsonSchema(answer.json, 'output') } }),
    ...(answer.csv && { 'text/csv': { schema: { type: 'string' } } }),
  };
}

function operationOf(route: Route): Record<string, unknown> {
  const pathParameters = Object.entries(route.params ?? {}).map(([name, parameter]) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(parameter.schema, 'input'),
  }));
  const headers = Object.values(route.headers ?? {}).map((header) => ({
    name: header.name,
    in: 'header',
    required: true,
    description: header.description,
    schema: jsonSchema(header.schema, 'input'),
  }));
  const query = Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodMiniType).safeParse(undefined).success,
    schema: jsonSchema(schema as z.ZodMiniType, 'input'),
  }));
  const successes = Object.entries(route.answers).map(([status, answer]) => [
    status,
    {
      description: describeStatus(Number(status)),
      ...(answer.csv && { headers: { 'Content-Disposition': CSV_FILE_NAME } }),
      content: answerContent(answer),
    },
  ]);
  const refusals = refusalsOf(route).map((status) => [
    String(status),
    {
      description: describeStatus(status),
      ...(status === 503 && { headers: { 'Retry-After': RETRY_AFTER } }),
      content: { 'application/json': { schema: jsonSchema(ErrorResponseSchema, 'output') } },
    },
  ]);
  return {
    operationId: route.handler,
    summary: route.summary,
    ...(route.access !== 'public' && { security: [{ staffSignIn: [] }] }),
    parameters: [...pathParameters, ...query, ...headers],
    ...(route.body && {
      requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } },
    }),
    responses: Object.fromEntries([...successes, ...refusals]),
  };
}

/** The OpenAPI 3.1 document, generated from the route table's declarations, which also parse every request. */
export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Intake and selection API', version: '1.0.0' },
    ...(serverUrl && { servers: [{ url: serverUrl }] }),
    paths,
    components: {
      securitySchemes: {
        // The ID token of the Cognito user pool (locally: of the sign-in stand-in), as `Authorization: Bearer …`.
        staffSignIn: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
  };
}
