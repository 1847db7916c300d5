import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Ports, StaffPorts } from '../ports/index.ts';
import type { StaffContext } from '../use-cases/staff/staff-context.ts';
import type { Handled } from './route-answer.ts';
import type { PublicRoute, RouteInput, StaffRoute } from './route-declaration.ts';

/*
 * How a route's declaration module (`shared/routes/<handler>.ts`) says what answers it, beside its declaration:
 *
 *   import { recordScores } from '../use-cases/staff/review-decisions.ts';
 *   export const run: StaffRun<typeof recordScoresRoute> = async ({ params, body }, staff, ports) =>
 *     recordScores(ports, staff, { reference: params.reference, request: body });
 *
 * The run is a plain function typed by its declaration, at no cost in a bundle. The route table imports every
 * declaration module, and so every use case; a bundle that reads the table but runs no route (`get-openapi`'s)
 * drops them all, as nothing it runs calls them (`"sideEffects": false` in package.json lets esbuild drop a module
 * whose exports go unused; `test/infra/bundles.test.ts` holds it to that).
 */

/** What a public route's run is given besides its input. */
export interface PublicContext {
  /**
   * The ports of this process, made on first use (a route that touches nothing never makes them): those its route
   * declares in its needs.
   */
  ports: () => Promise<Ports>;
  event: APIGatewayProxyEventV2;
}

/** A public route's use case, given its parsed input and the request's context. */
export type PublicRun<R extends PublicRoute> = (input: RouteInput<R>, context: PublicContext) => Handled<R>;

/** A staff route's use case, given its parsed input, who asks and their scoped ports. */
export type StaffRun<R extends StaffRoute> = (
  input: RouteInput<R>,
  staff: StaffContext,
  ports: StaffPorts,
) => Handled<R>;
