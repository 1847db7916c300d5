import type { StaffApplication } from '../api/types.ts';

/** Where a step of the review stands, always said in words on the page: colour only repeats it. */
export type StepStatus = 'done' | 'to-do' | 'not-needed';

/** The steps in the order of the work; the last two appear only once they happened. */
export type ReviewStepName = 'documents' | 'eligibility' | 'points' | 'duplicates' | 'result' | 'withdrawal';

export interface ReviewStep {
  name: ReviewStepName;
  status: StepStatus;
}

/**
 * The task list of a submitted application: documents checked, eligibility decided, points entered, the duplicate
 * settled (only when the personal code was found in another application), then the published result and a
 * withdrawal once there is one. An application that is out of the selection whatever is decided (withdrawn, or a
 * duplicate set aside) needs nothing more; points are not needed for an application that is not eligible (the
 * selection ranks eligible ones only) nor in a round without criteria. Nothing to do before it is submitted.
 */
export function reviewSteps(application: StaffApplication, criteriaCount: number): ReviewStep[] {
  if (application.status !== 'submitted') return [];
  const { review, state } = application;
  const out = state === 'withdrawn' || state === 'set-aside';
  const step = (name: ReviewStepName, done: boolean, needed: boolean): ReviewStep => ({
    name,
    status: done ? 'done' : needed ? 'to-do' : 'not-needed',
  });
  const steps = [
    step('documents', review?.documentCheck !== undefined, !out),
    step('eligibility', review?.eligibility !== undefined, !out),
    step('points', review?.scores !== undefined, !out && state !== 'not-eligible' && criteriaCount > 0),
  ];
  if (application.flags.possibleDuplicateOf || review?.duplicate) {
    steps.push(step('duplicates', review?.duplicate !== undefined, state !== 'withdrawn'));
  }
  if (application.selection) steps.push({ name: 'result', status: 'done' });
  if (application.withdrawal) steps.push({ name: 'withdrawal', status: 'done' });
  return steps;
}

/** How many of the steps that staff do (the result and a withdrawal are not theirs to do) are done, of those needed. */
export function stepCounts(steps: readonly ReviewStep[]): { done: number; needed: number } {
  const work = steps.filter((step) => step.name !== 'result' && step.name !== 'withdrawal');
  const needed = work.filter((step) => step.status !== 'not-needed');
  return { done: needed.filter((step) => step.status === 'done').length, needed: needed.length };
}

/**
 * Whether the person can still withdraw: a submitted application not already withdrawn (the API records a
 * withdrawal for those alone). A duplicate set aside is out of the selection already; the person withdraws the
 * application that stands instead.
 */
export function mayWithdraw(application: StaffApplication): boolean {
  return application.status === 'submitted' && !application.withdrawal && application.state !== 'set-aside';
}

/** Whether the review can still change: a withdrawn application is out of the selection whatever is decided. */
export function mayDecide(application: StaffApplication): boolean {
  return application.status === 'submitted' && application.state !== 'withdrawn';
}

/** The next application waiting for review, from the queue's "to review" page, never the one just saved. */
export function nextToReview(waiting: readonly { reference: string }[], current: string): string | undefined {
  return waiting.find((item) => item.reference !== current)?.reference;
}
