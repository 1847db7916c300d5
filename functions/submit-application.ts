import { publicRoute } from '../shared/http/public-route.ts';
import { submitApplicationRoute } from '../shared/routes/submit-application.ts';
import { submitApplication } from '../shared/use-cases/submit-application.ts';

/** Sends the draft in, stamped with the server's receipt time. */
export const handler = publicRoute(submitApplicationRoute, async ({ params, headers, receivedAt }, { ports }) =>
  submitApplication(await ports(), { reference: params.reference, accessCode: headers.accessCode, receivedAt }),
);
