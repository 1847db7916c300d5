import { accessCode, reference, roundId } from '../http/route-parts.ts';
import { planAnswer, retentionAnswer, reviewAnswer } from './staff-answers.ts';

/*
 * What the routes of one family share, spread first into each of their declarations: the route adds its method,
 * path, handler, audit action, summary and input, and says again only what it does otherwise.
 */

/** An applicant's own application: its reference in the path, and the access code that opens it in a header. */
export const applicantsOwn = { access: 'public', params: { reference }, headers: { accessCode } } as const;

/**
 * A social worker's decision on an application under review. It writes the application and its audit entry in
 * one transaction, so `readWrite` on the table goes with the audit log, and answers with the application and its
 * history, read from the log's `application` index (`appendAndHistory`).
 */
export const reviewChange = {
  access: 'staff',
  params: { reference },
  answers: reviewAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], audit: 'appendAndHistory' },
} as const;

/**
 * A social worker's change of a participant's support plan, reached through their application (so the
 * municipality rule of the application holds for it), over the plan's revision the change was made on; it answers
 * with the whole plan.
 */
export const planChange = {
  access: 'staff',
  params: { reference },
  answers: planAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['applications', 'serviceYears', 'supportPlans'] },
} as const;

/** What reading a municipality's queue touches: the round, and the queue's own entries and counts. */
export const queueNeeds = { table: 'read', repositories: ['rounds', 'applications'] } as const;

/** A read of a round's queue whose query or body may be malformed. */
export const queueRead = { access: 'staff', params: { roundId }, refusals: [422], needs: queueNeeds } as const;

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
