import { describe, expect, it } from 'vitest';
import { NotFoundError, RuleViolationError } from '../../../shared/domain/errors.ts';
import {
  addNote,
  checkDocuments,
  decideEligibility,
  recordScores,
} from '../../../shared/use-cases/staff/review-decisions.ts';
import { memoryPorts } from '../../fakes/memory-ports.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { startDraft } from './applicant-steps.ts';
import { bauskaWorker, portsOf, scoredRound, staffRequest, submitted } from './staff-steps.ts';

const ALL_POINTS = { 'support-need': 8, 'no-other-services': 3, 'lives-alone': 2 };
const JUSTIFICATION = 'Assessed at a home visit.';

async function reviewSetUp() {
  const ports = memoryPorts({ rounds: [scoredRound] });
  const reference = await submitted(ports);
  return { ports, reference, staff: portsOf(ports, bauskaWorker) };
}

describe('review decisions', () => {
  it.each([
    ['eligible without verified documents', { decision: 'eligible' }, [{ code: 'DOCUMENTS_NOT_VERIFIED' }]],
    [
      'not eligible without a reason',
      { decision: 'not-eligible' },
      [{ code: 'INELIGIBILITY_REASON_REQUIRED', field: 'reason' }],
    ],
    [
      'not eligible for another reason without words for the person',
      { decision: 'not-eligible', reason: 'other', explanation: 'For staff.' },
      [{ code: 'EXPLANATION_REQUIRED', field: 'messageForPerson' }],
    ],
  ] as const)('refuses %s, and stores nothing', async (_, request, violations) => {
    const { ports, reference, staff } = await reviewSetUp();
    const before = await ports.applications.get(reference);
    const refused = decideEligibility(staff, staffRequest(bauskaWorker, 'eligibility.decide'), { reference, request });
    await expect(refused).rejects.toBeInstanceOf(RuleViolationError);
    await expect(refused).rejects.toMatchObject({ violations });
    await expect(ports.applications.get(reference)).resolves.toEqual(before);
    await expect(ports.audit.forApplication(reference)).resolves.toEqual([]);
  });

  it.each([
    ['a criterion missing', { 'support-need': 8, 'no-other-services': 3 }, 'CRITERION_MISSING', 'points.lives-alone'],
    ['an unknown criterion', { ...ALL_POINTS, 'owns-a-car': 1 }, 'CRITERION_UNKNOWN', 'points.owns-a-car'],
    [
      'points above the maximum',
      { ...ALL_POINTS, 'no-other-services': 6 },
      'SCORE_OUT_OF_RANGE',
      'points.no-other-services',
    ],
  ])('refuses scores with %s, naming the criterion, and stores nothing', async (_, points, code, field) => {
    const { ports, reference, staff } = await reviewSetUp();
    const before = await ports.applications.get(reference);
    const refused = recordScores(staff, staffRequest(bauskaWorker, 'scores.record'), {
      reference,
      request: { points, justification: JUSTIFICATION },
    });
    await expect(refused).rejects.toMatchObject({ violations: [{ code, field }] });
    await expect(ports.applications.get(reference)).resolves.toEqual(before);
  });

  it('refuses scores in a round that has no criteria yet', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const reference = await submitted(ports);
    const refused = recordScores(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'scores.record'), {
      reference,
      request: { points: {}, justification: JUSTIFICATION },
    });
    await expect(refused).rejects.toMatchObject({ violations: [{ code: 'ROUND_HAS_NO_CRITERIA' }] });
  });

  it('records document check, eligibility, scores and a note, with who decided, and the history in order', async () => {
    const { ports, reference, staff } = await reviewSetUp();
    const at = (minute: number) => new Date(Date.UTC(2019, 7, 20, 8, minute));
    await checkDocuments(staff, staffRequest(bauskaWorker, 'documents.check', at(1)), {
      reference,
      request: { verified: true, note: 'Both documents valid.' },
    });
    const decided = await decideEligibility(staff, staffRequest(bauskaWorker, 'eligibility.decide', at(2)), {
      reference,
      request: { decision: 'eligible' },
    });
    expect(decided.application.state).toBe('eligible');
    const scored = await recordScores(staff, staffRequest(bauskaWorker, 'scores.record', at(3)), {
      reference,
      request: { points: ALL_POINTS, justification: 'Lives alone; no other services.' },
    });
    expect(scored.application.review?.scores).toMatchObject({ points: ALL_POINTS, total: 13 });
    const { application, history } = await addNote(staff, staffRequest(bauskaWorker, 'note.add', at(4)), {
      reference,
      request: { text: 'Called the applicant to confirm the visit.' },
    });

    const by = { subject: 'sub-bauska', username: 'bauska', displayName: 'Bauskas sociālais darbinieks' };
    expect(application.review).toEqual({
      documentCheck: { verified: true, note: 'Both documents valid.', by, at: at(1).toISOString() },
      eligibility: { decision: 'eligible', by, at: at(2).toISOString() },
      scores: {
        points: ALL_POINTS,
        total: 13,
        justification: 'Lives alone; no other services.',
        by,
        at: at(3).toISOString(),
      },
      notes: [{ text: 'Called the applicant to confirm the visit.', by, at: at(4).toISOString() }],
    });
    expect(history.map(({ action, by }) => ({ action, by }))).toEqual([
      { action: 'created', by: undefined },
      { action: 'submitted', by: undefined },
      { action: 'documents.check', by: 'bauska' },
      { action: 'eligibility.decide', by: 'bauska' },
      { action: 'scores.record', by: 'bauska' },
      { action: 'note.add', by: 'bauska' },
    ]);
    // Each change was counted once.
    await expect(ports.applications.get(reference)).resolves.toMatchObject({ revision: 4 });
  });

  it('stores a decision once when its request is retried after a lost answer', async () => {
    const { ports, reference, staff } = await reviewSetUp();
    const request = staffRequest(bauskaWorker, 'note.add');
    await addNote(staff, request, { reference, request: { text: 'Once.' } });
    const again = await addNote(staff, request, { reference, request: { text: 'Once.' } });
    expect(again.application.review?.notes).toHaveLength(1);
    await expect(ports.applications.get(reference)).resolves.toMatchObject({ revision: 1 });
  });

  it('decides nothing on a draft, which answers as not found', async () => {
    const ports = memoryPorts({ rounds: [scoredRound] });
    const { reference } = await startDraft(ports);
    await expect(
      addNote(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'note.add'), {
        reference,
        request: { text: 'x' },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers another municipality’s application as not found, and changes nothing', async () => {
    const ports = memoryPorts({ rounds: [scoredRound] });
    const reference = await submitted(ports, { municipalityCode: 'LV-JEL' });
    const before = await ports.applications.get(reference);
    await expect(
      addNote(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'note.add'), {
        reference,
        request: { text: 'x' },
      }),
    ).rejects.toMatchObject({ code: 'APPLICATION_NOT_FOUND' });
    await expect(ports.applications.get(reference)).resolves.toEqual(before);
  });
});
