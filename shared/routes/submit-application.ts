import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { ApplicationStatusResponseSchema } from '../schemas/api.ts';
import { submitApplication } from '../use-cases/submit-application.ts';
import { applicantsOwn, ownApplication } from './applicants-own.ts';
import { submitNeeds } from './submission-needs.ts';

export const submitApplicationRoute = {
  ...applicantsOwn,
  method: 'POST',
  path: '/applications/{reference}/submission',
  handler: 'submit-application',
  summary: 'Send the draft in. The server’s receipt time decides its place in the first-come order.',
  answers: { 200: { json: ApplicationStatusResponseSchema } },
  refusals: [422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], bucket: submitNeeds },
} as const satisfies PublicRoute;

/** Sends the draft in, stamped with the server's receipt time. */
export const run: PublicRun<typeof submitApplicationRoute> = async (input, { ports }) =>
  submitApplication(await ports(), { ...ownApplication(input), receivedAt: input.receivedAt });
