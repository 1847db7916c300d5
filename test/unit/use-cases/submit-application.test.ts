import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../shared/domain/document-check.ts';
import { NotFoundError, RuleViolationError } from '../../../shared/domain/errors.ts';
import type { DocumentType } from '../../../shared/schemas/round.ts';
import { createUploadForm } from '../../../shared/use-cases/create-upload-form.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { guardian } from '../../fixtures/applications.ts';
import { files } from '../../fixtures/personal-codes.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { AFTER_INTAKE, DURING_INTAKE, startDraft, uploadDocuments } from './applicant-steps.ts';

const RECEIVED = new Date('2019-08-06T09:30:00.000Z');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A form to upload a document the draft does not need is refused. */
async function expectNoUploadForm(
  ports: MemoryPorts,
  draft: { reference: string; accessCode: string },
  documentType: DocumentType,
): Promise<void> {
  await expect(createUploadForm(ports, { ...draft, documentType, now: DURING_INTAKE })).rejects.toMatchObject({
    violations: [{ code: 'DOCUMENT_TYPE_NOT_REQUIRED' }],
  });
}

describe('submitting an application', () => {
  it('stores it as submitted at the receipt time, keeping exactly the checked bytes of each document', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference);

    const answer = await submitApplication(ports, { ...draft, receivedAt: RECEIVED });

    expect(answer).toMatchObject({ status: 'submitted', receivedAt: RECEIVED.toISOString() });
    expect(answer.documents).toEqual([
      { type: 'application-form', received: true },
      { type: 'disability-proof', received: true },
    ]);
    const stored = await ports.applications.get(draft.reference);
    expect(stored?.documents).toEqual([
      {
        type: 'application-form',
        contentType: 'application/pdf',
        sizeBytes: files.pdf().length,
        sha256: sha256(files.pdf()),
      },
      {
        type: 'disability-proof',
        contentType: 'image/png',
        sizeBytes: files.png().length,
        sha256: sha256(files.png()),
      },
    ]);
    const key = { roundId: pilotLikeRound.id, reference: draft.reference, type: 'application-form' as const };
    expect(ports.documents.submitted({ ...key, sha256: sha256(files.pdf()) })).toEqual(files.pdf());
  });

  it('answers a second submission as the first, and keeps the first receipt time', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference);
    const first = await submitApplication(ports, { ...draft, receivedAt: RECEIVED });
    const later = new Date(RECEIVED.getTime() + 60_000);
    await expect(submitApplication(ports, { ...draft, receivedAt: later })).resolves.toEqual(first);
  });

  it('refuses it with each missing document named, and keeps it a draft', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference, { 'application-form': files.pdf() });

    const refused = submitApplication(ports, { ...draft, receivedAt: RECEIVED });
    await expect(refused).rejects.toBeInstanceOf(RuleViolationError);
    await expect(refused).rejects.toMatchObject({
      violations: [{ code: 'DOCUMENT_MISSING', field: 'documents.disability-proof' }],
    });
    await expect(ports.applications.get(draft.reference)).resolves.toMatchObject({ status: 'draft' });
  });

  it('deletes a file that is not what it claims, or too large, so it is uploaded again', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference, {
      'application-form': files.htmlPretendingToBePdf(),
      'disability-proof': new Uint8Array(MAX_DOCUMENT_BYTES + 1),
    });

    await expect(submitApplication(ports, { ...draft, receivedAt: RECEIVED })).rejects.toMatchObject({
      violations: [
        { code: 'DOCUMENT_TYPE_INVALID', field: 'documents.application-form' },
        { code: 'DOCUMENT_TOO_LARGE', field: 'documents.disability-proof' },
      ],
    });
    for (const type of ['application-form', 'disability-proof'] as const) {
      await expect(
        ports.documents.hasUpload({ roundId: pilotLikeRound.id, reference: draft.reference, type }),
      ).resolves.toBe(false);
    }
  });

  it('refuses it once intake has closed, by the receipt time, and keeps it a draft', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    uploadDocuments(ports, draft.reference);

    await expect(submitApplication(ports, { ...draft, receivedAt: AFTER_INTAKE })).rejects.toMatchObject({
      violations: [{ code: 'INTAKE_CLOSED' }],
    });
    await expect(ports.applications.get(draft.reference)).resolves.toMatchObject({ status: 'draft' });
  });

  it('flags the same person’s later application in the round as a possible duplicate of the first', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const first = await startDraft(ports);
    const second = await startDraft(ports);
    for (const { reference } of [first, second]) uploadDocuments(ports, reference);
    await submitApplication(ports, { ...first, receivedAt: RECEIVED });
    await submitApplication(ports, { ...second, receivedAt: new Date(RECEIVED.getTime() + 1000) });

    await expect(ports.applications.get(first.reference)).resolves.toMatchObject({ flags: {} });
    await expect(ports.applications.get(second.reference)).resolves.toMatchObject({
      flags: { possibleDuplicateOf: first.reference },
    });
  });

  it('answers a wrong access code as an unknown application', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    const wrong = { reference: draft.reference, accessCode: 'AAAAA-22222', receivedAt: DURING_INTAKE };
    await expect(submitApplication(ports, wrong)).rejects.toEqual(new NotFoundError('APPLICATION_NOT_FOUND'));
  });

  describe('a representative', () => {
    it('is refused without the proof of authority, with what is missing and how to fix it', async () => {
      const ports = memoryPorts({ rounds: [pilotLikeRound] });
      const draft = await startDraft(ports, validRequest({ representative: guardian }));
      uploadDocuments(ports, draft.reference);

      await expect(submitApplication(ports, { ...draft, receivedAt: RECEIVED })).rejects.toMatchObject({
        violations: [{ code: 'REPRESENTATIVE_AUTHORITY_MISSING', field: 'documents.representative-authority' }],
      });
      await expect(ports.applications.get(draft.reference)).resolves.toMatchObject({ status: 'draft' });
    });

    it('submits with it, and the proof is kept among the documents', async () => {
      const ports = memoryPorts({ rounds: [pilotLikeRound] });
      const draft = await startDraft(ports, validRequest({ representative: guardian }));
      uploadDocuments(ports, draft.reference, {
        'application-form': files.pdf(),
        'disability-proof': files.png(),
        'representative-authority': files.asice(),
      });

      const answer = await submitApplication(ports, { ...draft, receivedAt: RECEIVED });
      expect(answer.documents).toEqual([
        { type: 'application-form', received: true },
        { type: 'disability-proof', received: true },
        { type: 'representative-authority', received: true },
      ]);
      const stored = await ports.applications.get(draft.reference);
      expect(stored?.documents?.[2]).toMatchObject({
        type: 'representative-authority',
        contentType: 'application/vnd.etsi.asic-e+zip',
      });
    });
  });

  it('asks a person applying for themself for no proof of authority, and gives no form for one', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    await expectNoUploadForm(ports, draft, 'representative-authority');
  });

  describe('in a round whose online answers are the application', () => {
    const round = { ...pilotLikeRound, onlineAnswersAreApplication: true };

    it('submits without the application form, and gives no form for one', async () => {
      const ports = memoryPorts({ rounds: [round] });
      const draft = await startDraft(ports);
      await expectNoUploadForm(ports, draft, 'application-form');
      uploadDocuments(ports, draft.reference, { 'disability-proof': files.png() });

      const answer = await submitApplication(ports, { ...draft, receivedAt: RECEIVED });
      expect(answer).toMatchObject({ status: 'submitted', documents: [{ type: 'disability-proof', received: true }] });
    });
  });
});
