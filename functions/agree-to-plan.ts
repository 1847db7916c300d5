import { publicRoute } from '../shared/http/public-route.ts';
import { agreeToPlanRoute } from '../shared/routes/agree-to-plan.ts';
import { agreeToPlan } from '../shared/use-cases/participant/agree-to-plan.ts';

/** The participant's online agreement to the version of the plan they read. */
export const handler = publicRoute(agreeToPlanRoute, async ({ params, headers, body, receivedAt }, { ports, event }) =>
  agreeToPlan(await ports(), {
    reference: params.reference,
    accessCode: headers.accessCode,
    now: receivedAt,
    version: body.version,
    requestId: event.requestContext.requestId,
  }),
);
