import { getPorts } from '../shared/composition.ts';
import { NotFoundError } from '../shared/domain/errors.ts';
import { httpHandler } from '../shared/http/http-handler.ts';
import { header, jsonBody, pathParameter, receivedAt } from '../shared/http/request.ts';
import { HttpRequestError } from '../shared/http/request-error.ts';
import { json } from '../shared/http/responses.ts';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema } from '../shared/schemas/api.ts';
import { CreateApplicationRequestSchema } from '../shared/schemas/application.ts';
import { RoundIdSchema } from '../shared/schemas/round.ts';
import { createApplication } from '../shared/use-cases/create-application.ts';

/** POST /rounds/{roundId}/applications: starts a draft; the answer holds the reference and access code. */
export const handler = httpHandler(async (event) => {
  const roundId = pathParameter(event, 'roundId', RoundIdSchema, () => new NotFoundError('ROUND_NOT_FOUND'));
  const idempotencyKey = IdempotencyKeySchema.safeParse(header(event, IDEMPOTENCY_KEY_HEADER) ?? '');
  if (!idempotencyKey.success) throw new HttpRequestError(400, 'IDEMPOTENCY_KEY_MISSING');
  const request = jsonBody(event, CreateApplicationRequestSchema);
  const created = await createApplication(await getPorts(), {
    roundId,
    request,
    idempotencyKey: idempotencyKey.data,
    now: receivedAt(event),
  });
  return json(201, created);
});
