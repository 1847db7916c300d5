import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { NotFoundError } from '../domain/errors.ts';
import { ACCESS_CODE_HEADER, AccessCodeSchema } from '../schemas/api.ts';
import { ReferenceSchema } from '../schemas/common.ts';
import { header, pathParameter } from './request.ts';
import { HttpRequestError } from './request-error.ts';

/** The reference from the path and the access code from its header: never in the URL, where logs keep it. */
export function applicationAccess(event: APIGatewayProxyEventV2): { reference: string; accessCode: string } {
  const reference = pathParameter(
    event,
    'reference',
    ReferenceSchema,
    () => new NotFoundError('APPLICATION_NOT_FOUND'),
  );
  const accessCode = AccessCodeSchema.safeParse(header(event, ACCESS_CODE_HEADER) ?? '');
  if (!accessCode.success) throw new HttpRequestError(404, 'ACCESS_CODE_MISSING_OR_WRONG');
  return { reference, accessCode: accessCode.data };
}
