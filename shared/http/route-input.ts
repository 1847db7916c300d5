import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { header, jsonBody, queryParameters, receivedAt } from './request.ts';
import type { Route, RouteInput } from './route-declaration.ts';

/**
 * Everything a route's declaration says the request carries, parsed and checked before the function runs, in the
 * order a person would fix them: what the path names, the headers, the query, the body. The first problem is
 * thrown as the error the declaration gives it; nothing of the use case runs.
 */
export function routeInput<R extends Route>(route: R, event: APIGatewayProxyEventV2): RouteInput<R> {
  const params: Record<string, string> = {};
  for (const [name, parameter] of Object.entries(route.params ?? {})) {
    const parsed = parameter.schema.safeParse(event.pathParameters?.[name]);
    if (!parsed.success) throw parameter.invalid();
    params[name] = parsed.data;
  }
  const headers: Record<string, string> = {};
  for (const [key, expected] of Object.entries(route.headers ?? {})) {
    const parsed = expected.schema.safeParse(header(event, expected.name) ?? '');
    if (!parsed.success) throw expected.invalid();
    headers[key] = parsed.data;
  }
  return {
    params,
    headers,
    query: route.query ? queryParameters(event, route.query) : undefined,
    body: route.body ? jsonBody(event, route.body) : undefined,
    receivedAt: receivedAt(event),
  } as RouteInput<R>;
}
