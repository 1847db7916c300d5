import { httpHandler } from '../shared/http/http-handler.ts';
import { openApiDocument } from '../shared/http/openapi.ts';
import { json } from '../shared/http/responses.ts';

/** Built once per cold start: the document depends only on the code. */
let document: Record<string, unknown> | undefined;

/** GET /openapi.json: the API described from the zod schemas that enforce it. */
export const handler = httpHandler(async (event) => {
  const protocol = event.headers['x-forwarded-proto'] ?? 'https';
  document ??= openApiDocument(`${protocol}://${event.requestContext.domainName}`);
  return json(200, document);
});
