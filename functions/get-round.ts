import { publicRoute } from '../shared/http/route-handler.ts';
import { getRound } from '../shared/use-cases/get-round.ts';

/** The rules of a call and whether intake is open; never which staff changed it. */
export const handler = publicRoute('get-round', async ({ params, receivedAt }, { ports }) =>
  getRound(await ports(), { roundId: params.roundId, now: receivedAt }),
);
