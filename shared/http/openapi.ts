import { z } from 'zod';
import { routes } from '../routes.ts';
import {
  ACCESS_CODE_HEADER,
  ApplicationStatusResponseSchema,
  CreateApplicationResponseSchema,
  ErrorResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
  ListRoundsResponseSchema,
  RoundResponseSchema,
  UploadFormResponseSchema,
} from '../schemas/api.ts';
import { CreateApplicationRequestSchema } from '../schemas/application.ts';

interface Operation {
  summary: string;
  headers?: ReadonlyArray<{ name: string; description: string }>;
  requestBody?: z.ZodType;
  /** Status → response body schema; `undefined` for a body described in words. */
  responses: Record<number, z.ZodType | undefined>;
}

const accessCode = {
  name: ACCESS_CODE_HEADER,
  description: 'The access code from the answer to the create request or from the receipt e-mail.',
};
const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, ErrorResponseSchema]));

/** One entry per handler of the route table; a test keeps the two in step. */
export const operations: Record<string, Operation> = {
  'get-openapi': { summary: 'This document.', responses: { 200: undefined } },
  'list-rounds': {
    summary: 'The intake rounds, newest first, with whether intake is open now.',
    responses: { 200: ListRoundsResponseSchema },
  },
  'get-round': {
    summary: 'The rules of an intake round and whether intake is open now.',
    responses: { 200: RoundResponseSchema, ...errors(404) },
  },
  'create-application': {
    summary: 'Start a draft application. Retrying with the same Idempotency-Key returns the first answer.',
    headers: [{ name: IDEMPOTENCY_KEY_HEADER, description: 'A random value per application (8–128 characters).' }],
    requestBody: CreateApplicationRequestSchema,
    responses: { 201: CreateApplicationResponseSchema, ...errors(400, 404, 409, 413, 415, 422) },
  },
  'create-upload-form': {
    summary: 'A presigned POST form for one document (PDF, JPEG or PNG, at most 10 MB).',
    headers: [accessCode],
    responses: { 200: UploadFormResponseSchema, ...errors(404, 409, 422) },
  },
  'submit-application': {
    summary: 'Send the draft in. The server’s receipt time decides its place in the first-come order.',
    headers: [accessCode],
    responses: { 200: ApplicationStatusResponseSchema, ...errors(404, 422) },
  },
  'update-application': {
    summary: 'Correct the answers of a draft (same body as the create request); uploaded documents stay.',
    headers: [accessCode],
    requestBody: CreateApplicationRequestSchema,
    responses: { 200: ApplicationStatusResponseSchema, ...errors(400, 404, 409, 413, 415, 422) },
  },
  'get-application-status': {
    summary: 'The status of an application.',
    headers: [accessCode],
    responses: { 200: ApplicationStatusResponseSchema, ...errors(404) },
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

/** The OpenAPI 3.1 document, generated from the same zod schemas that parse every request. */
export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation = operations[route.handler];
    if (!operation) throw new Error(`No OpenAPI description for ${route.handler}`);
    const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const headers = (operation.headers ?? []).map(({ name, description }) => ({
      name,
      in: 'header',
      required: true,
      description,
      schema: { type: 'string' },
    }));
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: {
        operationId: route.handler,
        summary: operation.summary,
        parameters: [...pathParameters, ...headers],
        ...(operation.requestBody && {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(operation.requestBody, 'input') } },
          },
        }),
        responses: Object.fromEntries(
          Object.entries(operation.responses).map(([status, schema]) => [
            status,
            {
              description: Number(status) < 400 ? 'Success' : 'Error, in Latvian and English, with how to fix it',
              content: { 'application/json': { schema: schema ? jsonSchema(schema, 'output') : { type: 'object' } } },
            },
          ]),
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Intake and selection API', version: '1.0.0' },
    ...(serverUrl && { servers: [{ url: serverUrl }] }),
    paths,
  };
}
