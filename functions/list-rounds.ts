import { getPorts } from '../shared/composition.ts';
import { httpHandler } from '../shared/http/http-handler.ts';
import { receivedAt } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { listRounds } from '../shared/use-cases/get-round.ts';

/** GET /rounds: the intake rounds, with whether each is open now. */
export const handler = httpHandler(async (event) => {
  return json(200, await listRounds(await getPorts(), { now: receivedAt(event) }));
});
