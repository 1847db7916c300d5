import { z } from 'zod';
import { EARLY_CLOSING_DELAY_MS } from '../domain/round-rules.ts';
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
import { AuditQuerySchema } from '../schemas/audit.ts';
import { ExtendIntakeRequestSchema, RoundRulesSchema } from '../schemas/round.ts';
import {
  DashboardResponseSchema,
  ProtocolQuerySchema,
  ProtocolResponseSchema,
  SelectionRunResponseSchema,
  WithdrawalRequestSchema,
} from '../schemas/selection-api.ts';
import {
  AuditPageResponseSchema,
  DocumentCheckRequestSchema,
  DownloadLinkResponseSchema,
  DuplicateResolutionRequestSchema,
  DuplicatesResponseSchema,
  EligibilityRequestSchema,
  ExportQuerySchema,
  NoteRequestSchema,
  PaperApplicationRequestSchema,
  PaperApplicationResponseSchema,
  QueueQuerySchema,
  QueueResponseSchema,
  ScoresRequestSchema,
  StaffApplicationResponseSchema,
} from '../schemas/staff-api.ts';

interface Operation {
  summary: string;
  headers?: ReadonlyArray<{ name: string; description: string }>;
  requestBody?: z.ZodType;
  /** The query string's parameters, all optional unless the schema says otherwise. */
  query?: z.ZodObject;
  /** Status → response body schema; `undefined` for a body described in words. */
  responses: Record<number, z.ZodType | undefined>;
}

const accessCode = {
  name: ACCESS_CODE_HEADER,
  description: 'The access code from the answer to the create request or from the receipt e-mail.',
};
/** Every operation that reads or writes data can also answer 503 (the data store too busy, even after retrying). */
const errors = (...statuses: number[]) =>
  Object.fromEntries([...statuses, 503].map((status) => [status, ErrorResponseSchema]));
/** Every staff answer can be a refusal of the sign-in (401), of the role (403) or of the application (404). */
const staffErrors = (...statuses: number[]) => errors(401, 403, 404, ...statuses);
const review = StaffApplicationResponseSchema;

/** One entry per handler of the route table; a test keeps the two in step. */
export const operations: Record<string, Operation> = {
  'get-openapi': { summary: 'This document.', responses: { 200: undefined } },
  'list-rounds': {
    summary: 'The intake rounds, newest first, with whether intake is open now.',
    responses: { 200: ListRoundsResponseSchema, ...errors() },
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
  'list-queue': {
    summary: 'Staff: the municipality’s submitted applications in selection order, with counts per review state.',
    query: QueueQuerySchema,
    responses: { 200: QueueResponseSchema, ...staffErrors(400, 422) },
  },
  'export-queue': {
    summary: 'Staff: the queue as CSV (text/csv); personal columns only with sensitive=true. Audited.',
    query: ExportQuerySchema,
    responses: { 200: undefined, ...staffErrors(400, 422) },
  },
  'register-paper-application': {
    summary: 'Social worker: register an application the office received on paper, with the office’s receipt time.',
    headers: [{ name: IDEMPOTENCY_KEY_HEADER, description: 'A random value per registration (8–128 characters).' }],
    requestBody: PaperApplicationRequestSchema,
    responses: { 201: PaperApplicationResponseSchema, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'get-staff-application': {
    summary: 'Staff: everything about one application, with its history. Audited.',
    responses: { 200: review, ...staffErrors() },
  },
  'get-document-link': {
    summary:
      'Staff: a download link for one document, valid for 60 seconds, once the malware scan has found it clean ' +
      '(409 DOCUMENT_SCAN_PENDING, DOCUMENT_THREAT_FOUND or DOCUMENT_SCAN_FAILED until then). Audited.',
    responses: { 200: DownloadLinkResponseSchema, ...staffErrors(409, 422) },
  },
  'check-documents': {
    summary: 'Staff: record whether the documents are in order.',
    requestBody: DocumentCheckRequestSchema,
    responses: { 200: review, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'decide-eligibility': {
    summary: 'Staff: decide eligible or not eligible, with a reason.',
    requestBody: EligibilityRequestSchema,
    responses: { 200: review, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'record-scores': {
    summary: 'Staff: points for each selection criterion of the round, with a justification.',
    requestBody: ScoresRequestSchema,
    responses: { 200: review, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'add-note': {
    summary: 'Staff: add a note to the review.',
    requestBody: NoteRequestSchema,
    responses: { 200: review, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'list-duplicates': {
    summary: 'Staff: the person’s applications in the round (same personal code), side by side.',
    responses: { 200: DuplicatesResponseSchema, ...staffErrors() },
  },
  'resolve-duplicates': {
    summary: 'Staff: which of the person’s applications stands, and why. Nothing is deleted.',
    requestBody: DuplicateResolutionRequestSchema,
    responses: { 200: DuplicatesResponseSchema, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'create-paper-upload-form': {
    summary: 'Social worker: a presigned POST form for one scanned document of a registered paper application.',
    responses: { 200: UploadFormResponseSchema, ...staffErrors(422) },
  },
  'submit-paper-application': {
    summary: 'Social worker: submit a registered paper application once its documents have arrived.',
    responses: { 200: review, ...staffErrors(422) },
  },
  'save-round': {
    summary:
      'Administrator: create a round (201), or replace its rules before intake opens (200); once intake has opened, only the same rules again. Answers with the round as GET /rounds/{roundId} shows it.',
    requestBody: RoundRulesSchema,
    responses: { 200: RoundResponseSchema, 201: RoundResponseSchema, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'close-intake': {
    summary: `Administrator: close open intake early. It closes ${EARLY_CLOSING_DELAY_MS / 1000} seconds after the request (window.closedEarlyAt), so that every submission already on its way is decided by its receipt time.`,
    responses: { 200: RoundResponseSchema, ...staffErrors(409) },
  },
  'extend-intake': {
    summary: 'Administrator: move the last day of intake later. This lifts an early closing, so intake opens again.',
    requestBody: ExtendIntakeRequestSchema,
    responses: { 200: RoundResponseSchema, ...staffErrors(400, 409, 413, 415, 422) },
  },
  'record-withdrawal': {
    summary: 'Staff: the person gave up; after publication a freed place is offered to the first on the waiting list.',
    requestBody: WithdrawalRequestSchema,
    responses: { 200: review, ...staffErrors(400, 409, 413, 415) },
  },
  'get-selection-run': {
    summary: 'Staff: the latest selection run as it stands now, and whether it is stale (own municipality).',
    responses: { 200: SelectionRunResponseSchema, ...staffErrors() },
  },
  'get-protocol': {
    summary:
      'Staff: a municipality’s selection protocol (rank, reference, score, receipt time, decision), JSON or CSV.',
    query: ProtocolQuerySchema,
    responses: { 200: ProtocolResponseSchema, ...staffErrors(400, 422) },
  },
  'run-selection': {
    summary: 'Administrator: run the selection of a closed round. The same data gives the same run (200).',
    responses: { 200: SelectionRunResponseSchema, 201: SelectionRunResponseSchema, ...staffErrors(409, 422) },
  },
  'publish-selection': {
    summary: 'Administrator: publish the latest run; each applicant is e-mailed their result once.',
    responses: { 200: SelectionRunResponseSchema, ...staffErrors(409) },
  },
  'get-dashboard': {
    summary: 'Administrator: applications per municipality and review state, with the latest run.',
    responses: { 200: DashboardResponseSchema, ...staffErrors() },
  },
  'list-audit-entries': {
    summary: 'Administrator: the audit log of staff reads and changes, newest first.',
    query: AuditQuerySchema,
    responses: { 200: AuditPageResponseSchema, ...staffErrors(400, 422) },
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

const RETRY_AFTER = {
  description: 'Seconds to wait before sending the same request again.',
  schema: { type: 'integer', minimum: 1 },
};

function describeStatus(status: number): string {
  if (status < 400) return 'Success';
  if (status === 503) {
    return 'Too busy, even after retrying: nothing was lost. Send the same request again (the same Idempotency-Key for a create) after Retry-After seconds.';
  }
  return 'Error, in Latvian and English, with how to fix it';
}

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
    const query = Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: !(schema as z.ZodType).safeParse(undefined).success,
      schema: jsonSchema(schema as z.ZodType, 'input'),
    }));
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: {
        operationId: route.handler,
        summary: operation.summary,
        ...(route.access !== 'public' && { security: [{ staffSignIn: [] }] }),
        parameters: [...pathParameters, ...query, ...headers],
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
              description: describeStatus(Number(status)),
              ...(Number(status) === 503 && { headers: { 'Retry-After': RETRY_AFTER } }),
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
    components: {
      securitySchemes: {
        // The ID token of the Cognito user pool (locally: of the sign-in stand-in), as `Authorization: Bearer …`.
        staffSignIn: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
  };
}
