import { publicRoute } from '../shared/http/route-handler.ts';
import { listRounds } from '../shared/use-cases/get-round.ts';

/** The intake rounds, with whether each is open now. */
export const handler = publicRoute('list-rounds', async ({ receivedAt }, { ports }) =>
  listRounds(await ports(), { now: receivedAt }),
);
