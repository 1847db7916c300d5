import { NotFoundError, RuleViolationError } from '../domain/errors.ts';
import { ACCESS_CODE_HEADER, AccessCodeSchema, IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema } from '../schemas/api.ts';
import { ReferenceSchema } from '../schemas/common.ts';
import { DocumentTypeSchema, RoundIdSchema } from '../schemas/round.ts';
import { HttpRequestError } from './request-error.ts';
import type { PathParameter, RequestHeader } from './route-declaration.ts';

/*
 * The path parameters and headers routes share, each with the answer a value that does not fit it gets. A
 * malformed identifier in a path names nothing that exists, so it is answered as not found. A part whose schema
 * lives with schemas few functions use has a module of its own (`run-id-part.ts`): a module a function imports
 * brings along every schema made at its top level.
 */

export const roundId = {
  schema: RoundIdSchema,
  invalid: () => new NotFoundError('ROUND_NOT_FOUND'),
} satisfies PathParameter;

/** The id of a round being made: a malformed one is a mistake to fix, not an unknown round. */
export const newRoundId = {
  schema: RoundIdSchema,
  invalid: () => new RuleViolationError([{ code: 'ROUND_ID_INVALID', field: 'roundId' }]),
} satisfies PathParameter;

export const reference = {
  schema: ReferenceSchema,
  invalid: () => new NotFoundError('APPLICATION_NOT_FOUND'),
} satisfies PathParameter;

export const documentType = {
  schema: DocumentTypeSchema,
  invalid: () => new HttpRequestError(404, 'DOCUMENT_TYPE_NOT_REQUIRED'),
} satisfies PathParameter;

/** The applicant's secret: with the reference it opens the application. Never in the URL, where logs keep it. */
export const accessCode = {
  name: ACCESS_CODE_HEADER,
  description: 'The access code from the answer to the create request or from the receipt e-mail.',
  schema: AccessCodeSchema,
  invalid: () => new HttpRequestError(404, 'ACCESS_CODE_MISSING_OR_WRONG'),
} satisfies RequestHeader;

export const idempotencyKey = {
  name: IDEMPOTENCY_KEY_HEADER,
  description: 'A random value per request that makes a retry safe (8–128 characters).',
  schema: IdempotencyKeySchema,
  invalid: () => new HttpRequestError(400, 'IDEMPOTENCY_KEY_MISSING'),
} satisfies RequestHeader;
