import { publicRoute } from '../shared/http/public-route.ts';
import { getApplicationStatusRoute } from '../shared/routes/get-application-status.ts';
import { getApplicationStatus } from '../shared/use-cases/get-application-status.ts';

/** The status, for whoever holds the access code. */
export const handler = publicRoute(getApplicationStatusRoute, async ({ params, headers, receivedAt }, { ports }) =>
  getApplicationStatus(await ports(), {
    reference: params.reference,
    accessCode: headers.accessCode,
    now: receivedAt,
  }),
);
