import { publicRoute } from '../shared/http/public-route.ts';
import { listRoundsRoute } from '../shared/routes/list-rounds.ts';
import { listRounds } from '../shared/use-cases/get-round.ts';

/** The intake rounds, with whether each is open now. */
export const handler = publicRoute(listRoundsRoute, async ({ receivedAt }, { ports }) =>
  listRounds(await ports(), { now: receivedAt }),
);
