import type { FunctionNeeds } from '../function-needs.ts';

/*
 * The needs of the functions no route calls: the stream and mail event consumers and the scheduled job. The table
 * `shared/routes.ts` lists these functions with them; they are here, each on its own, so that a function hands its
 * own needs to its ports without carrying the table.
 */

export const sendNotificationsNeeds = {
  table: 'readWrite',
  repositories: ['rounds', 'notifications'],
  mail: true,
} as const satisfies FunctionNeeds;

export const followQueueNeeds = { table: 'readWrite', repositories: ['applications'] } as const satisfies FunctionNeeds;

export const publishResultsNeeds = {
  table: 'readWrite',
  repositories: ['rounds', 'applications', 'selectionRuns', 'notifications'],
  mail: true,
} as const satisfies FunctionNeeds;

export const recordMailEventsNeeds = {
  table: 'readWrite',
  repositories: ['applications'],
} as const satisfies FunctionNeeds;

export const applyRetentionNeeds = {
  table: 'readWrite',
  repositories: ['rounds', 'applications', 'selectionRuns', 'serviceYears', 'supportPlans', 'retention'],
  bucket: ['eraseDocuments'],
  audit: 'append',
} as const satisfies FunctionNeeds;
