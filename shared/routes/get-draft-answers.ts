import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { DraftAnswersResponseSchema } from '../schemas/api.ts';
import { getDraftAnswers } from '../use-cases/get-draft-answers.ts';
import { applicantsOwn, ownApplication } from './applicants-own.ts';

export const getDraftAnswersRoute = {
  ...applicantsOwn,
  method: 'GET',
  path: '/applications/{reference}/answers',
  handler: 'get-draft-answers',
  summary: 'The answers of a draft (same body as the create request), to continue it later from the e-mailed link.',
  answers: { 200: { json: DraftAnswersResponseSchema } },
  refusals: [409],
  needs: { table: 'read', repositories: ['applications'] },
} as const satisfies PublicRoute;

/** The answers of a draft, to continue it from the e-mailed link. */
export const run: PublicRun<typeof getDraftAnswersRoute> = async (input, { ports }) =>
  getDraftAnswers(await ports(), { ...ownApplication(input), now: input.receivedAt });
