import { intakeWindowViolation } from '../domain/application-rules.ts';
import { ConflictError, RuleViolationError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { UploadFormResponse } from '../schemas/api.ts';
import type { DocumentType } from '../schemas/round.ts';
import { documentUploadForm } from './document-upload-form.ts';
import { loadRound } from './load-round.ts';
import { openApplication, refuseExpiredDraft } from './open-application.ts';

/** A presigned form for uploading one document of the applicant's draft, while intake is open. */
export async function createUploadForm(
  ports: Ports,
  input: { reference: string; accessCode: string; documentType: DocumentType; now: Date },
): Promise<UploadFormResponse> {
  const application = await openApplication(ports, input.reference, input.accessCode);
  if (application.status !== 'draft') throw new ConflictError('APPLICATION_ALREADY_SUBMITTED');
  const round = await loadRound(ports, application.roundId);
  const closed = intakeWindowViolation(round, input.now);
  if (closed) throw new RuleViolationError([closed]);
  refuseExpiredDraft(application, input.now);
  return documentUploadForm(ports, round, application, input.documentType, input.now);
}
