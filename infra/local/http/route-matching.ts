import type { RouteAddress } from '../../../shared/routes.ts';

export type RouteMatch =
  | { kind: 'route'; route: RouteAddress; routeKey: string; pathParameters: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/**
 * Finds the row of the route table for a request, the way API Gateway does: `{name}` matches one path segment,
 * `{name+}` the rest of the path, and the route with more literal segments wins. Matching is on the raw path and
 * parameters are URL-decoded afterwards, so an encoded `/` inside a parameter cannot change the route.
 */
export function matchRoute(table: readonly RouteAddress[], method: string, rawPath: string): RouteMatch {
  const segments = rawPath.split('/').slice(1);
  const candidates = table
    .map((route) => ({ route, match: matchTemplate(route.path, segments) }))
    .filter((candidate): candidate is { route: RouteAddress; match: Match } => candidate.match !== undefined)
    .sort((a, b) => b.match.literals - a.match.literals);
  if (candidates.length === 0) return { kind: 'none' };
  const chosen = candidates.find((candidate) => candidate.route.method === method);
  if (!chosen) return { kind: 'wrong-method', allowed: [...new Set(candidates.map(({ route }) => route.method))] };
  return {
    kind: 'route',
    route: chosen.route,
    routeKey: `${chosen.route.method} ${chosen.route.path}`,
    pathParameters: chosen.match.parameters,
  };
}

interface Match {
  parameters: Record<string, string>;
  literals: number;
}

function matchTemplate(template: string, segments: readonly string[]): Match | undefined {
  const parts = template.split('/').slice(1);
  const parameters: Record<string, string> = {};
  let literals = 0;
  for (const [index, part] of parts.entries()) {
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy?.[1]) {
      const rest = segments.slice(index);
      if (rest.length === 0 || rest.join('') === '') return undefined;
      parameters[greedy[1]] = decode(rest.join('/'));
      return { parameters, literals };
    }
    const segment = segments[index];
    if (segment === undefined) return undefined;
    const parameter = /^\{(.+)\}$/.exec(part);
    if (parameter?.[1]) {
      if (segment === '') return undefined;
      parameters[parameter[1]] = decode(segment);
    } else if (part === segment) {
      literals += 1;
    } else {
      return undefined;
    }
  }
  return segments.length === parts.length ? { parameters, literals } : undefined;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * True when the path lies in the API's part of the address space: its first segment is the first segment of a
 * route (`/rounds/…`, `/applications/…`, `/openapi.json`). Such paths answer as the API does even when no route
 * matches, never with the web app, as a CDN sending those path patterns to the API would.
 */
export function isApiPath(table: readonly RouteAddress[], rawPath: string): boolean {
  const first = rawPath.split('/')[1] ?? '';
  return table.some((route) => {
    const routeFirst = route.path.split('/')[1] ?? '';
    return routeFirst !== '' && !routeFirst.startsWith('{') && routeFirst === first;
  });
}
