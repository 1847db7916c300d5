import { publicRoute } from '../shared/http/public-route.ts';
import { createApplicationRoute } from '../shared/routes/create-application.ts';
import { createApplication } from '../shared/use-cases/create-application.ts';

/** Starts a draft; the answer holds the reference and access code. */
export const handler = publicRoute(createApplicationRoute, async ({ params, headers, body, receivedAt }, { ports }) =>
  createApplication(await ports(), {
    roundId: params.roundId,
    request: body,
    idempotencyKey: headers.idempotencyKey,
    now: receivedAt,
  }),
);
