import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { ListRoundsResponseSchema } from '../schemas/api.ts';
import { listRounds } from '../use-cases/get-round.ts';

export const listRoundsRoute = {
  method: 'GET',
  path: '/rounds',
  handler: 'list-rounds',
  access: 'public',
  summary: 'The intake rounds, newest first, with whether intake is open now.',
  answers: { 200: { json: ListRoundsResponseSchema } },
  needs: { table: 'read', repositories: ['rounds'] },
} as const satisfies PublicRoute;

/** The intake rounds, with whether each is open now. */
export const run: PublicRun<typeof listRoundsRoute> = async ({ receivedAt }, { ports }) =>
  listRounds(await ports(), { now: receivedAt });
