import { publicRoute } from '../shared/http/public-route.ts';
import { updateApplicationRoute } from '../shared/routes/update-application.ts';
import { updateApplication } from '../shared/use-cases/update-application.ts';

/** Corrects the answers of a draft; documents already uploaded stay. */
export const handler = publicRoute(updateApplicationRoute, async ({ params, headers, body, receivedAt }, { ports }) =>
  updateApplication(await ports(), {
    reference: params.reference,
    accessCode: headers.accessCode,
    request: body,
    now: receivedAt,
  }),
);
