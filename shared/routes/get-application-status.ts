import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { ApplicationStatusResponseSchema } from '../schemas/api.ts';
import { getApplicationStatus } from '../use-cases/get-application-status.ts';
import { applicantsOwn, ownApplication } from './applicants-own.ts';

export const getApplicationStatusRoute = {
  ...applicantsOwn,
  method: 'GET',
  path: '/applications/{reference}',
  handler: 'get-application-status',
  summary: 'The status of an application.',
  answers: { 200: { json: ApplicationStatusResponseSchema } },
  // A draft's status says which documents have arrived, so it looks into the bucket.
  needs: { table: 'read', repositories: ['rounds', 'applications'], bucket: ['readUploads'] },
} as const satisfies PublicRoute;

/** The status, for whoever holds the access code. */
export const run: PublicRun<typeof getApplicationStatusRoute> = async (input, { ports }) =>
  getApplicationStatus(await ports(), { ...ownApplication(input), now: input.receivedAt });
