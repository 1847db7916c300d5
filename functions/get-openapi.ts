import { openApiDocument } from '../shared/http/openapi.ts';
import { publicRoute } from '../shared/http/public-route.ts';
import { getOpenApiRoute } from '../shared/routes/get-openapi.ts';

/** Built once per cold start: the document depends only on the code. */
let document: Record<string, unknown> | undefined;

/**
 * The API described from the route table whose declarations enforce it. Written here rather than generated from
 * a run in its declaration: the document reads the table, which imports every declaration.
 */
export const handler = publicRoute(getOpenApiRoute, async (_input, { event }) => {
  const protocol = event.headers['x-forwarded-proto'] ?? 'https';
  document ??= openApiDocument(`${protocol}://${event.requestContext.domainName}`);
  return document;
});
