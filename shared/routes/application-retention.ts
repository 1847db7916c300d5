import { reference } from '../http/route-parts.ts';
import { retentionAnswer } from './staff-answers.ts';

/**
 * How long an application's personal data is kept, its legal hold, and its erasure on request: each answers with
 * how the application now stands, which reads every item that holds the person's data.
 */
export const retentionOfApplication = { access: 'staff', params: { reference }, answers: retentionAnswer } as const;

/** Every item of the table that holds an application's personal data, which its removal reaches. */
export const personalDataRepositories = [
  'rounds',
  'applications',
  'selectionRuns',
  'serviceYears',
  'supportPlans',
  'retention',
] as const;
