import { publicRoute } from '../shared/http/public-route.ts';
import { getRoundRoute } from '../shared/routes/get-round.ts';
import { getRound } from '../shared/use-cases/get-round.ts';

/** The rules of a call and whether intake is open; never which staff changed it. */
export const handler = publicRoute(getRoundRoute, async ({ params, receivedAt }, { ports }) =>
  getRound(await ports(), { roundId: params.roundId, now: receivedAt }),
);
