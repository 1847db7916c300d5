import type { PublicRoute } from '../http/route-declaration.ts';
import { idempotencyKey, roundId } from '../http/route-parts.ts';
import type { PublicRun } from '../http/route-run.ts';
import { CreateApplicationResponseSchema } from '../schemas/api.ts';
import { CreateApplicationRequestSchema } from '../schemas/application.ts';
import { createApplication } from '../use-cases/create-application.ts';

export const createApplicationRoute = {
  method: 'POST',
  path: '/rounds/{roundId}/applications',
  handler: 'create-application',
  access: 'public',
  summary: 'Start a draft application. Retrying with the same Idempotency-Key returns the first answer.',
  params: { roundId },
  headers: { idempotencyKey },
  body: CreateApplicationRequestSchema,
  answers: { 201: { json: CreateApplicationResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'] },
} as const satisfies PublicRoute;

/** Starts a draft; the answer holds the reference and access code. */
export const run: PublicRun<typeof createApplicationRoute> = async ({ params, headers, body, receivedAt }, { ports }) =>
  createApplication(await ports(), {
    roundId: params.roundId,
    request: body,
    idempotencyKey: headers.idempotencyKey,
    now: receivedAt,
  });
