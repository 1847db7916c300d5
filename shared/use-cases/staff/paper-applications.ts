import { documentsNeeded } from '../../domain/document-requirements.ts';
import { AccessError, NotFoundError, RuleViolationError } from '../../domain/errors.ts';
import { localInstant } from '../../domain/intake-window.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { UploadFormResponse } from '../../schemas/api.ts';
import type { DocumentType } from '../../schemas/round.ts';
import type {
  PaperApplicationRequest,
  PaperApplicationResponse,
  StaffApplicationResponse,
} from '../../schemas/staff-api.ts';
import { documentUploadForm } from '../document-upload-form.ts';
import { draftAnswers } from '../draft-answers.ts';
import { freezeDocuments } from '../freeze-documents.ts';
import { loadRound } from '../load-round.ts';
import { storeNewDraft } from '../store-new-draft.ts';
import { auditEntry, type StaffContext, staffRef } from './staff-context.ts';
import { staffApplicationView } from './staff-view.ts';

/*
 * An application handed in at the social service's office, registered by a social worker of that municipality:
 * first the answers with the time the office received it (a draft), then the scanned documents, then the
 * submission. Its place in the first-come order is the office's receipt time, which must lie inside the window;
 * registering it later (say, the Monday after the window closed) is allowed.
 */

export async function registerPaperApplication(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; request: PaperApplicationRequest; idempotencyKey: string },
): Promise<PaperApplicationResponse> {
  const { identity } = staff;
  // The municipality comes from the sign-in; an administrator belongs to none.
  if (identity.role !== 'social-worker') throw new AccessError('PAPER_NEEDS_SOCIAL_WORKER');
  const round = await loadRound(ports, input.roundId);
  const { office, ...answers } = input.request;
  const receivedAt = localInstant(office.receivedOn, office.receivedAtTime, round.window.timeZone);
  if (receivedAt > staff.at) {
    throw new RuleViolationError([{ code: 'OFFICE_TIME_IN_FUTURE', field: 'office.receivedOn' }]);
  }
  const request = { ...answers, person: { ...answers.person, municipalityCode: identity.municipalityCode } };
  const fields = draftAnswers(round, request, ports.keyring, receivedAt, { requireContact: false });
  const registeredAt = staff.at.toISOString();
  const audit = (reference: string) =>
    auditEntry(staff, { roundId: round.id, reference, municipalityCode: identity.municipalityCode });
  const { reference, replayed } = await storeNewDraft(ports, {
    idempotencyScope: `${round.id}\npaper\n${identity.municipalityCode}\n${input.idempotencyKey}`,
    request: input.request,
    draft: (reference) => ({
      reference,
      roundId: round.id,
      status: 'draft',
      channel: 'paper',
      createdAt: registeredAt,
      receivedAt: receivedAt.toISOString(),
      ...fields,
      paper: { receivedBy: office.receivedBy, registeredBy: staffRef(identity), registeredAt },
    }),
    audit,
  });
  if (replayed) await ports.audit.append(audit(reference));
  const stored = await ports.applications.open(reference);
  return {
    reference,
    status: stored.status,
    receivedAt: stored.receivedAt ?? receivedAt.toISOString(),
    requiredDocuments: documentsNeeded(round, stored).map(({ type }) => type),
  };
}

/** A form for uploading one scanned document of a registered paper application that is not yet submitted. */
export async function createPaperUploadForm(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; documentType: DocumentType },
): Promise<UploadFormResponse> {
  const application = await ports.applications.open(input.reference, { paperDraftOnly: true });
  const round = await loadRound(ports, application.roundId);
  const form = await documentUploadForm(ports, round, application, input.documentType, staff.at);
  await ports.audit.append(
    auditEntry(staff, {
      roundId: round.id,
      reference: application.reference,
      municipalityCode: application.person.municipalityCode,
    }),
  );
  return form;
}

/**
 * Submits a registered paper application once its scans have arrived and pass the same checks as online
 * documents. Submitting again changes nothing and answers with the application.
 */
export async function submitPaperApplication(
  ports: StaffPorts,
  staff: StaffContext,
  reference: string,
): Promise<StaffApplicationResponse> {
  const application = await ports.applications.open(reference);
  if (application.channel !== 'paper') throw new NotFoundError('APPLICATION_NOT_FOUND', 'NOT_PAPER');
  const round = await loadRound(ports, application.roundId);
  const target = { roundId: round.id, reference, municipalityCode: application.person.municipalityCode };
  if (application.status !== 'draft') {
    await ports.audit.append(auditEntry(staff, target));
    return staffApplicationView(ports, application, round);
  }
  const documents = await freezeDocuments(ports, round, application);
  const stored = await ports.applications.submit(
    { ...application, status: 'submitted', documents },
    auditEntry(staff, target),
  );
  if (stored) return staffApplicationView(ports, stored, round);
  // Submitted by a parallel request, which wrote its own audit entry; this one records that it looked.
  await ports.audit.append(auditEntry(staff, target));
  return staffApplicationView(ports, await ports.applications.open(reference), round);
}
