import { getPorts } from '../shared/composition.ts';
import { NotFoundError } from '../shared/domain/errors.ts';
import { httpHandler } from '../shared/http/http-handler.ts';
import { pathParameter, receivedAt } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { RoundIdSchema } from '../shared/schemas/round.ts';
import { getRound } from '../shared/use-cases/get-round.ts';

/** GET /rounds/{roundId}: the rules of a call and whether intake is open; never which staff changed it. */
export const handler = httpHandler(async (event) => {
  const roundId = pathParameter(event, 'roundId', RoundIdSchema, () => new NotFoundError('ROUND_NOT_FOUND'));
  return json(200, await getRound(await getPorts(), { roundId, now: receivedAt(event) }));
});
