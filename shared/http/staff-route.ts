import type { StaffPorts } from '../ports/index.ts';
import type { StaffContext } from '../use-cases/staff/staff-context.ts';
import { answerOf, type Handled } from './route-answer.ts';
import type { RouteInput, StaffRoute } from './route-declaration.ts';
import { routeInput } from './route-input.ts';
import { staffHandler } from './staff-handler.ts';

/**
 * Binds a staff route's declaration (`shared/routes/<handler>.ts`) to its use case, as `publicRoute` does: the
 * token, the role and the audit of refusals come first (see `staffHandler`).
 */
export function staffRoute<R extends StaffRoute>(
  route: R,
  handle: (input: RouteInput<R>, staff: StaffContext, ports: StaffPorts) => Handled<R>,
) {
  return staffHandler(route, async (event, staff, ports) =>
    answerOf(route, await handle(routeInput(route, event), staff, ports)),
  );
}
