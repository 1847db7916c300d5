import { ALLOWED_CONTENT_TYPES, MAX_DOCUMENT_BYTES } from '../domain/document-check.ts';
import { documentsNeeded } from '../domain/document-requirements.ts';
import { RuleViolationError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { UploadFormResponse } from '../schemas/api.ts';
import type { Application } from '../schemas/application.ts';
import type { DocumentType, Round } from '../schemas/round.ts';

/** Long enough for a slow phone connection to send 10 MB, short enough that a leaked form soon expires. */
const UPLOAD_FORM_SECONDS = 15 * 60;

/** A presigned form for uploading one of the documents a draft needs straight to storage. */
export async function documentUploadForm(
  ports: Pick<Ports, 'documents'>,
  round: Round,
  application: Application,
  documentType: DocumentType,
  now: Date,
): Promise<UploadFormResponse> {
  if (!documentsNeeded(round, application).some((document) => document.type === documentType)) {
    throw new RuleViolationError([{ code: 'DOCUMENT_TYPE_NOT_REQUIRED', field: 'documentType' }]);
  }
  const form = await ports.documents.createUploadForm(
    { roundId: round.id, reference: application.reference, type: documentType },
    { maxBytes: MAX_DOCUMENT_BYTES, contentTypes: ALLOWED_CONTENT_TYPES, expiresInSeconds: UPLOAD_FORM_SECONDS },
  );
  return {
    ...form,
    maxBytes: MAX_DOCUMENT_BYTES,
    allowedContentTypes: [...ALLOWED_CONTENT_TYPES],
    expiresAt: new Date(now.getTime() + UPLOAD_FORM_SECONDS * 1000).toISOString(),
  };
}
