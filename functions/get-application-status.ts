import { getPorts } from '../shared/composition.ts';
import { applicationAccess } from '../shared/http/application-access.ts';
import { httpHandler } from '../shared/http/http-handler.ts';
import { json } from '../shared/http/responses.ts';
import { getApplicationStatus } from '../shared/use-cases/get-application-status.ts';

/** GET /applications/{reference}: the status, for whoever holds the access code. */
export const handler = httpHandler(async (event) => {
  return json(200, await getApplicationStatus(await getPorts(), applicationAccess(event)));
});
