import { getPorts } from '../shared/composition.ts';
import { applicationAccess } from '../shared/http/application-access.ts';
import { httpHandler } from '../shared/http/http-handler.ts';
import { jsonBody, receivedAt } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { CreateApplicationRequestSchema } from '../shared/schemas/application.ts';
import { updateApplication } from '../shared/use-cases/update-application.ts';

/** PUT /applications/{reference}: corrects the answers of a draft; documents already uploaded stay. */
export const handler = httpHandler(async (event) => {
  const access = applicationAccess(event);
  const request = jsonBody(event, CreateApplicationRequestSchema);
  return json(200, await updateApplication(await getPorts(), { ...access, request, now: receivedAt(event) }));
});
