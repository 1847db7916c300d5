import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { NotFoundError } from '../domain/errors.ts';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema } from '../schemas/api.ts';
import { ReferenceSchema } from '../schemas/common.ts';
import { type DocumentType, DocumentTypeSchema, RoundIdSchema } from '../schemas/round.ts';
import { header, pathParameter } from './request.ts';
import { HttpRequestError } from './request-error.ts';

/** The parts of staff paths; a malformed one names nothing that exists. */
export function referenceParameter(event: APIGatewayProxyEventV2): string {
  return pathParameter(event, 'reference', ReferenceSchema, () => new NotFoundError('APPLICATION_NOT_FOUND'));
}

export function roundParameter(event: APIGatewayProxyEventV2): string {
  return pathParameter(event, 'roundId', RoundIdSchema, () => new NotFoundError('ROUND_NOT_FOUND'));
}

export function documentTypeParameter(event: APIGatewayProxyEventV2): DocumentType {
  return pathParameter(
    event,
    'documentType',
    DocumentTypeSchema,
    () => new HttpRequestError(404, 'DOCUMENT_TYPE_NOT_REQUIRED'),
  );
}

export function idempotencyKey(event: APIGatewayProxyEventV2): string {
  const key = IdempotencyKeySchema.safeParse(header(event, IDEMPOTENCY_KEY_HEADER) ?? '');
  if (!key.success) throw new HttpRequestError(400, 'IDEMPOTENCY_KEY_MISSING');
  return key.data;
}
