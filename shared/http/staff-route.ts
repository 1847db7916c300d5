import { answerOf } from './route-answer.ts';
import type { StaffRoute } from './route-declaration.ts';
import { routeInput } from './route-input.ts';
import type { StaffRun } from './route-run.ts';
import { staffHandler } from './staff-handler.ts';

/**
 * Binds a staff route's declaration to its run (`shared/routes/<handler>.ts` holds both), as `publicRoute` does:
 * the token, the role and the audit of refusals come first (see `staffHandler`).
 */
export function staffRoute<R extends StaffRoute>(route: R, run: StaffRun<R>) {
  return staffHandler(route, async (event, staff, ports) =>
    answerOf(route, await run(routeInput(route, event), staff, ports)),
  );
}
