import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../shared/domain/errors.ts';
import { renderDraftSavedEmail } from '../../../shared/email/draft-saved-email.ts';
import { deleteExpiredDrafts } from '../../../shared/use-cases/delete-expired-drafts.ts';
import { getApplicationStatus } from '../../../shared/use-cases/get-application-status.ts';
import { getDraftAnswers } from '../../../shared/use-cases/get-draft-answers.ts';
import { continueUrlOf, isNewlySavedDraft } from '../../../shared/use-cases/send-draft-saved.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { memoryPorts } from '../../fakes/memory-ports.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { DURING_INTAKE, startDraft, uploadDocuments } from './applicant-steps.ts';

/** The pilot's window closes at local midnight after 16.08.2019: drafts started in it are kept until then. */
const CLOSES_AT = '2019-08-16T21:00:00.000Z';

describe('a saved draft', () => {
  it('gives its answers back, exactly as sent, only to the holder of the access code', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const request = validRequest();
    const draft = await startDraft(ports, request);
    const answer = await getDraftAnswers(ports, { ...draft, now: DURING_INTAKE });
    expect(answer).toEqual({
      reference: draft.reference,
      roundId: pilotLikeRound.id,
      draftExpiresAt: CLOSES_AT,
      answers: { ...request, consent: true },
    });
    await expect(getDraftAnswers(ports, { ...draft, accessCode: 'AAAAA-22222', now: DURING_INTAKE })).rejects.toEqual(
      new NotFoundError('APPLICATION_NOT_FOUND'),
    );
  });

  it('is gone after its expiry, is deleted with its uploads, and a submitted one keeps no expiry', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const kept = await startDraft(ports);
    const expired = await startDraft(ports, validRequest({ person: { ...validRequest().person, firstName: 'Ieva' } }));
    uploadDocuments(ports, kept.reference);
    uploadDocuments(ports, expired.reference, { 'application-form': new Uint8Array([1]) });
    const submitted = await submitApplication(ports, { ...kept, receivedAt: DURING_INTAKE });
    expect(submitted).not.toHaveProperty('draftExpiresAt');
    expect((await ports.applications.get(kept.reference))?.draftExpiresAt).toBeUndefined();

    const after = new Date(Date.parse(CLOSES_AT) + 1);
    await expect(getApplicationStatus(ports, { ...expired, now: after })).rejects.toEqual(
      new NotFoundError('DRAFT_EXPIRED'),
    );
    await expect(getDraftAnswers(ports, { ...kept, now: after })).rejects.toEqual(
      new ConflictError('APPLICATION_ALREADY_SUBMITTED'),
    );
    expect(await deleteExpiredDrafts(ports, new Date(Date.parse(CLOSES_AT) - 1))).toEqual({ deleted: [] });
    expect(await deleteExpiredDrafts(ports, after)).toEqual({ deleted: [expired.reference] });
    expect(await ports.applications.get(expired.reference)).toBeUndefined();
    const key = { roundId: pilotLikeRound.id, reference: expired.reference, type: 'application-form' as const };
    expect(await ports.documents.hasUpload(key)).toBe(false);
    expect(await ports.applications.get(kept.reference)).toMatchObject({ status: 'submitted' });
  });

  it('is e-mailed once when stored and again only to a new address, with the code after # only', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const draft = await startDraft(ports);
    const stored = await ports.applications.get(draft.reference);
    if (!stored) throw new Error('not stored');
    expect(isNewlySavedDraft({ after: stored })).toBe(true);
    expect(
      isNewlySavedDraft({ before: stored, after: { ...stored, contact: { ...stored.contact, phone: '20000000' } } }),
    ).toBe(false);
    const readdressed = { ...stored, contact: { ...stored.contact, email: 'cits@example.lv' } };
    expect(isNewlySavedDraft({ before: stored, after: readdressed })).toBe(true);
    const noEmail = { ...stored, contact: { phone: '20000000', language: 'lv' as const } };
    expect(isNewlySavedDraft({ after: noEmail })).toBe(false);
    expect(isNewlySavedDraft({ before: stored, after: { ...stored, status: 'submitted' } })).toBe(false);

    const url = continueUrlOf('https://pieteikumi.example.lv/', stored, draft.accessCode);
    expect(url).toBe(
      `https://pieteikumi.example.lv/apply/${pilotLikeRound.id}/continue#reference=${draft.reference}&code=${draft.accessCode}`,
    );
    const email = renderDraftSavedEmail({
      language: 'lv',
      recipient: 'applicant',
      reference: draft.reference,
      statusUrl: 'https://pieteikumi.example.lv/status#reference=x&code=y',
      roundName: pilotLikeRound.name,
      municipalityName: { lv: 'Bauskas novada pašvaldība', en: 'Bauska municipality' },
      personFirstName: 'Anna',
      continueUrl: url,
      expiresAt: CLOSES_AT,
    });
    expect(email.subject).toBe(`Pieteikums saglabāts: ${draft.reference}`);
    // The last minute of the last day, in Riga time.
    expect(email.text).toContain('Saglabāts līdz: 16.08.2019 23:59 (Latvijas laiks)');
    expect(email.text).toContain(url);
  });
});
