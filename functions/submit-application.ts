import { getPorts } from '../shared/composition.ts';
import { applicationAccess } from '../shared/http/application-access.ts';
import { httpHandler } from '../shared/http/http-handler.ts';
import { receivedAt } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { submitApplication } from '../shared/use-cases/submit-application.ts';

/** POST /applications/{reference}/submission: sends the draft in, stamped with the server's receipt time. */
export const handler = httpHandler(async (event) => {
  return json(
    200,
    await submitApplication(await getPorts(), { ...applicationAccess(event), receivedAt: receivedAt(event) }),
  );
});
