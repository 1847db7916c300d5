import { intakeWindowViolation } from '../domain/application-rules.ts';
import { ALLOWED_CONTENT_TYPES, MAX_DOCUMENT_BYTES } from '../domain/document-check.ts';
import { ConflictError, RuleViolationError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { UploadFormResponse } from '../schemas/api.ts';
import type { DocumentType } from '../schemas/round.ts';
import { loadRound } from './load-round.ts';
import { openApplication } from './open-application.ts';

/** Long enough for a slow phone connection to send 10 MB, short enough that a leaked form soon expires. */
const UPLOAD_FORM_SECONDS = 15 * 60;

/** A presigned form for uploading one document of a draft straight to storage. */
export async function createUploadForm(
  ports: Ports,
  input: { reference: string; accessCode: string; documentType: DocumentType; now: Date },
): Promise<UploadFormResponse> {
  const application = await openApplication(ports, input.reference, input.accessCode);
  if (application.status !== 'draft') throw new ConflictError('APPLICATION_ALREADY_SUBMITTED');
  const round = await loadRound(ports, application.roundId);
  const closed = intakeWindowViolation(round, input.now);
  if (closed) throw new RuleViolationError([closed]);
  if (!round.requiredDocuments.some((document) => document.type === input.documentType)) {
    throw new RuleViolationError([{ code: 'DOCUMENT_TYPE_NOT_REQUIRED', field: 'documentType' }]);
  }

  const form = await ports.documents.createUploadForm(
    { roundId: round.id, reference: application.reference, type: input.documentType },
    { maxBytes: MAX_DOCUMENT_BYTES, contentTypes: ALLOWED_CONTENT_TYPES, expiresInSeconds: UPLOAD_FORM_SECONDS },
  );
  return {
    ...form,
    maxBytes: MAX_DOCUMENT_BYTES,
    allowedContentTypes: [...ALLOWED_CONTENT_TYPES],
    expiresAt: new Date(input.now.getTime() + UPLOAD_FORM_SECONDS * 1000).toISOString(),
  };
}
