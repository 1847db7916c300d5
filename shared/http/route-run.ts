import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Ports, StaffPorts } from '../ports/index.ts';
import type { StaffContext } from '../use-cases/staff/staff-context.ts';
import type { Handled } from './route-answer.ts';
import type { PublicRoute, RouteInput, StaffRoute } from './route-declaration.ts';

/*
 * How a route's declaration module (`shared/routes/<handler>.ts`) says what answers it, beside its declaration:
 *
 *   import { countWaiting } from '../use-cases/staff/waiting-counts.ts';
 *   export const run: StaffRun<typeof countWaitingRoute> = async ({ params }, staff, ports) =>
 *     countWaiting(ports, staff, params.roundId);
 *
 * The run is a plain function typed by its declaration, at no cost in a bundle. The route table imports every
 * declaration module, and so every use case; a bundle that reads the table but runs no route (`get-openapi`'s)
 * drops them all, as nothing it runs calls them (`"sideEffects": false` in package.json lets esbuild drop a module
 * whose exports go unused; `test/infra/bundles.test.ts` holds it to that). So a run is written as a function, not
 * made by a call at the module's top level (`makeRun(useCase)`): esbuild keeps such a call, as it may have effects,
 * and with it the use case, in every bundle of the table. What a family of runs shares is a function the run calls
 * (`ownApplication(input)`, `applicationChange(input)`).
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
