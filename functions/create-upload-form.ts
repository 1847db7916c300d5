import { getPorts } from '../shared/composition.ts';
import { applicationAccess } from '../shared/http/application-access.ts';
import { httpHandler } from '../shared/http/http-handler.ts';
import { pathParameter, receivedAt } from '../shared/http/request.ts';
import { HttpRequestError } from '../shared/http/request-error.ts';
import { json } from '../shared/http/responses.ts';
import { DocumentTypeSchema } from '../shared/schemas/round.ts';
import { createUploadForm } from '../shared/use-cases/create-upload-form.ts';

/** POST /applications/{reference}/documents/{documentType}: a presigned form to upload one document. */
export const handler = httpHandler(async (event) => {
  const access = applicationAccess(event);
  const documentType = pathParameter(
    event,
    'documentType',
    DocumentTypeSchema,
    () => new HttpRequestError(404, 'DOCUMENT_TYPE_NOT_REQUIRED'),
  );
  return json(200, await createUploadForm(await getPorts(), { ...access, documentType, now: receivedAt(event) }));
});
