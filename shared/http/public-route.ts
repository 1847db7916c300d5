import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { getDeclaredPorts } from '../composition.ts';
import type { Ports } from '../ports/index.ts';
import { httpHandler } from './http-handler.ts';
import { answerOf, type Handled } from './route-answer.ts';
import type { PublicRoute, RouteInput } from './route-declaration.ts';
import { routeInput } from './route-input.ts';

/*
 * Binds a public route's declaration to its use case: the function file hands over its own route's declaration
 * (`shared/routes/<handler>.ts`), never the whole table, so it carries no other route's schemas, and says which
 * use case answers it with what. The input arrives parsed and checked by the declaration; the answer is the
 * declared one. Apart from the staff binding (`staff-route.ts`), so an applicant's function carries no token check.
 */

export interface PublicContext {
  /**
   * The ports of this process, made on first use (a route that touches nothing never makes them): those its route
   * declares in its needs.
   */
  ports: () => Promise<Ports>;
  event: APIGatewayProxyEventV2;
}

export function publicRoute<R extends PublicRoute>(
  route: R,
  handle: (input: RouteInput<R>, context: PublicContext) => Handled<R>,
) {
  return httpHandler(async (event) =>
    answerOf(route, await handle(routeInput(route, event), { ports: () => getDeclaredPorts(route.needs), event })),
  );
}
