import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { ApplicationStatusResponseSchema } from '../schemas/api.ts';
import { CreateApplicationRequestSchema } from '../schemas/application.ts';
import { updateApplication } from '../use-cases/update-application.ts';
import { applicantsOwn, ownApplication } from './applicants-own.ts';

export const updateApplicationRoute = {
  ...applicantsOwn,
  method: 'PUT',
  path: '/applications/{reference}',
  handler: 'update-application',
  summary: 'Correct the answers of a draft (same body as the create request); uploaded documents stay.',
  body: CreateApplicationRequestSchema,
  answers: { 200: { json: ApplicationStatusResponseSchema } },
  refusals: [409, 422],
  // The answer says which documents of the draft have arrived.
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], bucket: ['readUploads'] },
} as const satisfies PublicRoute;

/** Corrects the answers of a draft; documents already uploaded stay. */
export const run: PublicRun<typeof updateApplicationRoute> = async (input, { ports }) =>
  updateApplication(await ports(), { ...ownApplication(input), request: input.body, now: input.receivedAt });
