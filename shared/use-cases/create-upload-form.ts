import { intakeWindowViolation } from '../domain/application-rules.ts';
import { RuleViolationError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { UploadFormResponse } from '../schemas/api.ts';
import type { DocumentType } from '../schemas/round.ts';
import { documentUploadForm } from './document-upload-form.ts';
import { openDraftToChange, refuseExpiredDraft } from './open-application.ts';

/** A presigned form for uploading one document of the applicant's draft, while intake is open. */
export async function createUploadForm(
  ports: Ports,
  input: { reference: string; accessCode: string; documentType: DocumentType; now: Date },
): Promise<UploadFormResponse> {
  const { draft, round } = await openDraftToChange(ports, input);
  const closed = intakeWindowViolation(round, input.now);
  if (closed) throw new RuleViolationError([closed]);
  refuseExpiredDraft(draft, input.now);
  return documentUploadForm(ports, round, draft, input.documentType, input.now);
}
