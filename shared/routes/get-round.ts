import type { PublicRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { PublicRun } from '../http/route-run.ts';
import { RoundResponseSchema } from '../schemas/api.ts';
import { getRound } from '../use-cases/get-round.ts';

export const getRoundRoute = {
  method: 'GET',
  path: '/rounds/{roundId}',
  handler: 'get-round',
  access: 'public',
  summary: 'The rules of an intake round and whether intake is open now.',
  params: { roundId },
  answers: { 200: { json: RoundResponseSchema } },
  needs: { table: 'read', repositories: ['rounds'] },
} as const satisfies PublicRoute;

/** The rules of a call and whether intake is open; never which staff changed it. */
export const run: PublicRun<typeof getRoundRoute> = async ({ params, receivedAt }, { ports }) =>
  getRound(await ports(), { roundId: params.roundId, now: receivedAt });
