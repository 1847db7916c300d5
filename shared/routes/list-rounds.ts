import type { PublicRoute } from '../http/route-declaration.ts';
import { ListRoundsResponseSchema } from '../schemas/api.ts';

export const listRoundsRoute = {
  method: 'GET',
  path: '/rounds',
  handler: 'list-rounds',
  access: 'public',
  summary: 'The intake rounds, newest first, with whether intake is open now.',
  answers: { 200: { json: ListRoundsResponseSchema } },
  needs: { table: 'read', repositories: ['rounds'] },
} as const satisfies PublicRoute;
