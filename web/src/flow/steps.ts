import type { Round } from '../api/types.ts';
import type { Answers, Draft } from '../draft/draft.ts';

/** The pages of the form, one question each, in the order people meet them. */
export type StepId =
  | 'municipality'
  | 'disability-group'
  | 'mental-disorder'
  | 'who'
  | 'representative'
  | 'person'
  | 'contact'
  | 'consent'
  | 'documents'
  | 'check';

export const ALL_STEPS: readonly StepId[] = [
  'municipality',
  'disability-group',
  'mental-disorder',
  'who',
  'representative',
  'person',
  'contact',
  'consent',
  'documents',
  'check',
];

/** The steps of this person's path: the representative's page only when someone applies for another person. */
export function stepsFor(answers: Answers): StepId[] {
  return ALL_STEPS.filter((step) => step !== 'representative' || answers.applicant === 'other');
}

export function isStepId(value: string): value is StepId {
  return (ALL_STEPS as readonly string[]).includes(value);
}

/** Which page asks for a field of the request, so an error from the server is shown where it can be fixed. */
export function stepOfPath(path: string): StepId | undefined {
  if (path === 'applicant') return 'who';
  if (path === 'person.municipalityCode') return 'municipality';
  if (path === 'person.disabilityGroup') return 'disability-group';
  if (path === 'person.mentalDisorderConfirmed') return 'mental-disorder';
  if (path === 'person' || path.startsWith('person.')) return 'person';
  if (path === 'contact' || path.startsWith('contact.')) return 'contact';
  if (path === 'representative' || path.startsWith('representative.')) return 'representative';
  if (path === 'consent') return 'consent';
  if (path.startsWith('documents.')) return 'documents';
  return undefined;
}

/** The id of the input a field path belongs to; error summary links and `aria-describedby` use it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

/** Why the answers so far rule the person out of this round, if they do. */
export type Ineligibility = 'municipality' | 'group-unknown' | 'group' | 'mental-disorder';

export function ineligibility(round: Round, answers: Answers, upTo: StepId): Ineligibility | undefined {
  const asked = ALL_STEPS.slice(0, ALL_STEPS.indexOf(upTo) + 1);
  if (asked.includes('municipality') && answers.municipalityCode === 'other') return 'municipality';
  if (asked.includes('disability-group')) {
    if (answers.disabilityGroup === 'unknown') return 'group-unknown';
    const group = Number(answers.disabilityGroup);
    if (answers.disabilityGroup && !round.eligibleDisabilityGroups.includes(group)) return 'group';
  }
  if (asked.includes('mental-disorder') && round.requiresMentalDisorder && answers.mentalDisorder === 'no') {
    return 'mental-disorder';
  }
  return undefined;
}

export function errorsOfStep(draft: Draft, step: StepId) {
  return draft.errors.filter((error) => stepOfPath(error.path) === step);
}
