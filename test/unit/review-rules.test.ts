import { describe, expect, it } from 'vitest';
import { checkScores, eligibilityViolations, reviewState } from '../../shared/domain/review-rules.ts';
import type { Application } from '../../shared/schemas/application.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { asSubmitted, draftApplication } from '../fixtures/stored-applications.ts';

const by = { subject: 's', username: 'bauska', displayName: 'Bauska' };
const at = '2019-08-20T08:00:00.000Z';
const submitted = (changes: Partial<Application> = {}): Application => ({
  ...asSubmitted(draftApplication(), '2019-08-05T08:00:00.000Z'),
  ...changes,
});
const round = {
  ...pilotLikeRound,
  criteria: [
    { id: 'need', name: { lv: 'Vajadzība', en: 'Need' }, maxPoints: 10 },
    { id: 'alone', name: { lv: 'Viens', en: 'Alone' }, maxPoints: 5 },
  ],
};

describe('the review state of an application', () => {
  it('is to-review until a decision, then the decision', () => {
    expect(reviewState(submitted())).toBe('to-review');
    const eligible = { decision: 'eligible' as const, by, at };
    expect(reviewState(submitted({ review: { eligibility: eligible } }))).toBe('eligible');
  });

  it('waits on an unresolved possible duplicate, whatever else was decided', () => {
    const flagged = submitted({
      flags: { possibleDuplicateOf: 'KDMA-4729' },
      review: { eligibility: { decision: 'eligible', by, at } },
    });
    expect(reviewState(flagged)).toBe('possible-duplicate');
    const duplicate = { outcome: 'stands' as const, standing: flagged.reference, reason: 'r', by, at };
    expect(reviewState({ ...flagged, review: { ...flagged.review, duplicate } })).toBe('eligible');
    const setAside = { ...duplicate, outcome: 'set-aside' as const, standing: 'KDMA-4729' };
    expect(reviewState({ ...flagged, review: { ...flagged.review, duplicate: setAside } })).toBe('set-aside');
  });
});

describe('eligibility decisions', () => {
  it('refuses eligible before the documents are verified, and accepts it after', () => {
    expect(eligibilityViolations({ decision: 'eligible' }, submitted())).toEqual([{ code: 'DOCUMENTS_NOT_VERIFIED' }]);
    const notInOrder = submitted({ review: { documentCheck: { verified: false, by, at } } });
    expect(eligibilityViolations({ decision: 'eligible' }, notInOrder)).toHaveLength(1);
    const verified = submitted({ review: { documentCheck: { verified: true, by, at } } });
    expect(eligibilityViolations({ decision: 'eligible' }, verified)).toEqual([]);
  });

  it('needs a reason to refuse, and words for the reason "other"', () => {
    expect(eligibilityViolations({ decision: 'not-eligible' }, submitted())).toEqual([
      { code: 'INELIGIBILITY_REASON_REQUIRED', field: 'reason' },
    ]);
    expect(eligibilityViolations({ decision: 'not-eligible', reason: 'other' }, submitted())).toEqual([
      { code: 'EXPLANATION_REQUIRED', field: 'messageForPerson' },
    ]);
    // Words for staff only are not words for the person.
    expect(
      eligibilityViolations({ decision: 'not-eligible', reason: 'other', explanation: 'Moved abroad.' }, submitted()),
    ).toEqual([{ code: 'EXPLANATION_REQUIRED', field: 'messageForPerson' }]);
    expect(
      eligibilityViolations(
        { decision: 'not-eligible', reason: 'other', messageForPerson: 'You have moved abroad.' },
        submitted(),
      ),
    ).toEqual([]);
  });
});

describe('scores', () => {
  const justification = 'Visited at home.';

  it('adds up points for every criterion within its range', () => {
    expect(checkScores(round, { points: { need: 10, alone: 0 }, justification })).toEqual({ ok: true, total: 10 });
  });

  it.each([
    [{ need: 11, alone: 0 }, 'SCORE_OUT_OF_RANGE', 'points.need'],
    [{ need: -1, alone: 0 }, 'SCORE_OUT_OF_RANGE', 'points.need'],
    [{ need: 2.5, alone: 0 }, 'SCORE_OUT_OF_RANGE', 'points.need'],
    [{ need: 3 }, 'CRITERION_MISSING', 'points.alone'],
    [{ need: 3, alone: 1, extra: 1 }, 'CRITERION_UNKNOWN', 'points.extra'],
  ])('refuses %o with %s', (points, code, field) => {
    const check = checkScores(round, { points, justification });
    expect(check).toEqual({ ok: false, violations: [{ code, field }] });
  });

  it('refuses any points in a round that has no criteria yet', () => {
    const check = checkScores({ ...round, criteria: [] }, { points: {}, justification });
    expect(check).toEqual({ ok: false, violations: [{ code: 'ROUND_HAS_NO_CRITERIA' }] });
  });
});
