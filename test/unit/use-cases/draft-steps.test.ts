import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../shared/domain/errors.ts';
import { createUploadForm } from '../../../shared/use-cases/create-upload-form.ts';
import { getApplicationStatus } from '../../../shared/use-cases/get-application-status.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { updateApplication } from '../../../shared/use-cases/update-application.ts';
import { memoryPorts } from '../../fakes/memory-ports.ts';
import { files } from '../../fixtures/personal-codes.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { AFTER_INTAKE, DURING_INTAKE, startDraft, uploadDocuments } from './applicant-steps.ts';

const corrected = validRequest({ contact: { email: 'labots@example.lv', language: 'en' } });

describe('a draft, before it is submitted', () => {
  it('takes corrected answers and keeps the documents uploaded', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference, { 'application-form': files.pdf() });

    const answer = await updateApplication(ports, { ...draft, request: corrected, now: DURING_INTAKE });

    expect(answer.documents).toEqual([
      { type: 'application-form', received: true },
      { type: 'disability-proof', received: false },
    ]);
    await expect(ports.applications.get(draft.reference)).resolves.toMatchObject({
      contact: { email: 'labots@example.lv', language: 'en' },
    });
  });

  it('takes no answers, and gives no upload form, once submitted', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference);
    await submitApplication(ports, { ...draft, receivedAt: DURING_INTAKE });

    const submitted = new ConflictError('APPLICATION_ALREADY_SUBMITTED');
    await expect(updateApplication(ports, { ...draft, request: corrected, now: DURING_INTAKE })).rejects.toEqual(
      submitted,
    );
    await expect(
      createUploadForm(ports, { ...draft, documentType: 'application-form', now: DURING_INTAKE }),
    ).rejects.toEqual(submitted);
    await expect(ports.applications.get(draft.reference)).resolves.toMatchObject({ contact: validRequest().contact });
  });

  it('gives an upload form for 15 minutes, limited to the document rules, while intake is open', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);

    const form = await createUploadForm(ports, { ...draft, documentType: 'disability-proof', now: DURING_INTAKE });

    expect(form.expiresAt).toBe(new Date(DURING_INTAKE.getTime() + 15 * 60_000).toISOString());
    const [limits] = ports.documents.forms.values();
    expect(limits).toMatchObject({ maxBytes: 10 * 1024 * 1024, expiresInSeconds: 15 * 60 });
    await expect(
      createUploadForm(ports, { ...draft, documentType: 'disability-proof', now: AFTER_INTAKE }),
    ).rejects.toMatchObject({ violations: [{ code: 'INTAKE_CLOSED' }] });
  });

  it('tells its status only to the holder of the access code, without personal data', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);

    const status = await getApplicationStatus(ports, { ...draft, now: DURING_INTAKE });
    expect(status).toMatchObject({ reference: draft.reference, status: 'draft', municipalityCode: 'LV-016' });
    expect(JSON.stringify(status)).not.toMatch(/Anna|Bērziņa|anna@example\.lv|161175/);
    await expect(
      getApplicationStatus(ports, { ...draft, accessCode: 'AAAAA-22222', now: DURING_INTAKE }),
    ).rejects.toEqual(new NotFoundError('APPLICATION_NOT_FOUND'));
  });
});
