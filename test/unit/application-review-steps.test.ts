import { describe, expect, it } from 'vitest';
import { reviewState } from '../../shared/domain/review-rules.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { Review } from '../../shared/schemas/review.ts';
import type { StaffApplication } from '../../web/src/staff/api/types.ts';
import {
  mayDecide,
  mayWithdraw,
  nextToReview,
  type ReviewStep,
  reviewSteps,
  stepCounts,
} from '../../web/src/staff/application/review-steps.ts';
import { APPLICATION_STEPS, parseStaffRoute, staffPaths } from '../../web/src/staff/routes.ts';
import { submittedApplication } from '../fixtures/applications.ts';

const by = { subject: 'sub-bauska', username: 'bauska', displayName: 'Bauskas sociālais darbinieks' };
const at = '2019-08-20T08:00:00.000Z';
const checked: Review['documentCheck'] = { verified: true, by, at };
const eligible: Review['eligibility'] = { decision: 'eligible', by, at };
const notEligible: Review['eligibility'] = { decision: 'not-eligible', reason: 'documents-invalid', by, at };
const scores: Review['scores'] = { points: { need: 7 }, total: 7, justification: 'Mājas vizīte.', by, at };

/** The application as staff get it: its review state comes from the same rule the server uses. */
function staffView(overrides: Partial<Application> = {}): StaffApplication {
  const { personalCode: _code, revision: _revision, ...application } = submittedApplication(overrides);
  return {
    ...application,
    personalCode: { value: '161175-19997', format: 'legacy', checksumMismatch: false },
    state: reviewState(submittedApplication(overrides)),
    deliveryProblems: [],
  };
}

const statuses = (steps: ReviewStep[]) => Object.fromEntries(steps.map((step) => [step.name, step.status]));

describe('the task list of an application', () => {
  it('starts with documents, eligibility and points to do, in the order of the work', () => {
    const steps = reviewSteps(staffView(), 3);
    expect(steps).toEqual([
      { name: 'documents', status: 'to-do' },
      { name: 'eligibility', status: 'to-do' },
      { name: 'points', status: 'to-do' },
    ]);
    expect(stepCounts(steps)).toEqual({ done: 0, needed: 3 });
  });

  it('marks each step done as it is recorded', () => {
    expect(statuses(reviewSteps(staffView({ review: { documentCheck: checked } }), 3))).toEqual({
      documents: 'done',
      eligibility: 'to-do',
      points: 'to-do',
    });
    const decided = reviewSteps(staffView({ review: { documentCheck: checked, eligibility: eligible } }), 3);
    expect(statuses(decided)).toEqual({ documents: 'done', eligibility: 'done', points: 'to-do' });
    expect(stepCounts(decided)).toEqual({ done: 2, needed: 3 });
    const scored = reviewSteps(staffView({ review: { documentCheck: checked, eligibility: eligible, scores } }), 3);
    expect(stepCounts(scored)).toEqual({ done: 3, needed: 3 });
  });

  it('counts a document check that found a problem as done: the check was made', () => {
    const steps = reviewSteps(staffView({ review: { documentCheck: { ...checked, verified: false } } }), 3);
    expect(statuses(steps).documents).toBe('done');
  });

  it('needs no points for an application that is not eligible, nor in a round without criteria', () => {
    const refused = staffView({ review: { documentCheck: checked, eligibility: notEligible } });
    expect(statuses(reviewSteps(refused, 3))).toEqual({ documents: 'done', eligibility: 'done', points: 'not-needed' });
    expect(stepCounts(reviewSteps(refused, 3))).toEqual({ done: 2, needed: 2 });
    expect(statuses(reviewSteps(staffView(), 0)).points).toBe('not-needed');
  });

  it('keeps points entered before a refusal as done', () => {
    const steps = reviewSteps(staffView({ review: { documentCheck: checked, eligibility: notEligible, scores } }), 3);
    expect(statuses(steps).points).toBe('done');
  });

  it('adds the duplicate step only when the personal code was found in another application', () => {
    expect(reviewSteps(staffView(), 3).map((step) => step.name)).not.toContain('duplicates');
    const flagged = staffView({ flags: { possibleDuplicateOf: 'ABCD-2345' } });
    expect(flagged.state).toBe('possible-duplicate');
    expect(reviewSteps(flagged, 3).at(-1)).toEqual({ name: 'duplicates', status: 'to-do' });
    const settled = staffView({
      flags: { possibleDuplicateOf: 'ABCD-2345' },
      review: { duplicate: { outcome: 'stands', standing: 'KDMA-4729', reason: 'Pirmais.', by, at } },
    });
    expect(reviewSteps(settled, 3).at(-1)).toEqual({ name: 'duplicates', status: 'done' });
  });

  it('needs nothing more of a duplicate set aside, but keeps what was done', () => {
    const setAside = staffView({
      flags: { possibleDuplicateOf: 'ABCD-2345' },
      review: {
        documentCheck: checked,
        duplicate: { outcome: 'set-aside', standing: 'ABCD-2345', reason: 'Otrs agrāk.', by, at },
      },
    });
    expect(setAside.state).toBe('set-aside');
    expect(statuses(reviewSteps(setAside, 3))).toEqual({
      documents: 'done',
      eligibility: 'not-needed',
      points: 'not-needed',
      duplicates: 'done',
    });
  });

  it('needs nothing more of a withdrawn application, and lists the withdrawal as done', () => {
    const withdrawn = staffView({ withdrawal: { reason: 'Piezvanīja.', by, at } });
    expect(reviewSteps(withdrawn, 3)).toEqual([
      { name: 'documents', status: 'not-needed' },
      { name: 'eligibility', status: 'not-needed' },
      { name: 'points', status: 'not-needed' },
      { name: 'withdrawal', status: 'done' },
    ]);
    expect(stepCounts(reviewSteps(withdrawn, 3))).toEqual({ done: 0, needed: 0 });
  });

  it('adds the selection result once it is published, which is no task of staff', () => {
    const published = staffView({
      review: { documentCheck: checked, eligibility: eligible, scores },
      selection: { runId: 'a'.repeat(20), outcome: 'selected', rank: 4, publishedAt: at },
    });
    const steps = reviewSteps(published, 3);
    expect(steps.at(-1)).toEqual({ name: 'result', status: 'done' });
    expect(stepCounts(steps)).toEqual({ done: 3, needed: 3 });
  });

  it('has no steps before the application is submitted', () => {
    expect(reviewSteps(staffView({ status: 'draft' }), 3)).toEqual([]);
  });
});

describe('what can still change', () => {
  it('offers a withdrawal for a submitted application, whatever was decided, until it is withdrawn', () => {
    expect(mayWithdraw(staffView())).toBe(true);
    expect(mayWithdraw(staffView({ review: { documentCheck: checked, eligibility: notEligible } }))).toBe(true);
    expect(mayWithdraw(staffView({ withdrawal: { reason: 'Piezvanīja.', by, at } }))).toBe(false);
  });

  it('offers no withdrawal before submission, nor of a duplicate set aside (the one that stands is withdrawn)', () => {
    expect(mayWithdraw(staffView({ status: 'draft' }))).toBe(false);
    const setAside = staffView({
      flags: { possibleDuplicateOf: 'ABCD-2345' },
      review: { duplicate: { outcome: 'set-aside', standing: 'ABCD-2345', reason: 'Otrs agrāk.', by, at } },
    });
    expect(mayWithdraw(setAside)).toBe(false);
  });

  it('takes no more decisions once withdrawn or before submission', () => {
    expect(mayDecide(staffView())).toBe(true);
    expect(mayDecide(staffView({ withdrawal: { reason: 'Piezvanīja.', by, at } }))).toBe(false);
    expect(mayDecide(staffView({ status: 'draft' }))).toBe(false);
  });
});

describe('the next application to review', () => {
  it('is the first waiting one that is not the one just saved', () => {
    expect(nextToReview([{ reference: 'KDMA-4729' }, { reference: 'ABCD-2345' }], 'KDMA-4729')).toBe('ABCD-2345');
    expect(nextToReview([{ reference: 'ABCD-2345' }, { reference: 'KDMA-4729' }], 'KDMA-4729')).toBe('ABCD-2345');
  });

  it('is none when only the one just saved waits, or nothing does', () => {
    expect(nextToReview([{ reference: 'KDMA-4729' }], 'KDMA-4729')).toBeUndefined();
    expect(nextToReview([], 'KDMA-4729')).toBeUndefined();
  });
});

describe('the addresses of an application’s steps', () => {
  it('opens each step on its own page, and back again from its address', () => {
    for (const step of APPLICATION_STEPS) {
      const path = staffPaths.applicationStep('KDMA-4729', step);
      expect(path).toBe(`/office/applications/KDMA-4729/${step}`);
      expect(parseStaffRoute(path)).toEqual({ page: 'application-step', reference: 'KDMA-4729', step });
    }
    expect(parseStaffRoute('/office/applications/KDMA-4729')).toEqual({ page: 'application', reference: 'KDMA-4729' });
    expect(parseStaffRoute('/office/applications/KDMA-4729/duplicates')).toEqual({
      page: 'duplicates',
      reference: 'KDMA-4729',
    });
  });

  it('finds no page for a step that does not exist, nor below a step', () => {
    expect(parseStaffRoute('/office/applications/KDMA-4729/scores')).toEqual({ page: 'not-found' });
    expect(parseStaffRoute('/office/applications/KDMA-4729/documents/extra')).toEqual({ page: 'not-found' });
  });
});
