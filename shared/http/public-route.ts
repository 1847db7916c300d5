import { getDeclaredPorts } from '../composition.ts';
import { httpHandler } from './http-handler.ts';
import { answerOf } from './route-answer.ts';
import type { PublicRoute } from './route-declaration.ts';
import { routeInput } from './route-input.ts';
import type { PublicRun } from './route-run.ts';

/*
 * Binds a public route's declaration to its run (`shared/routes/<handler>.ts` holds both): the function hands over
 * its own route's module, never the whole table, so it carries no other route's schemas. The input arrives parsed
 * and checked by the declaration; the answer is the declared one. Apart from the staff binding (`staff-route.ts`),
 * so an applicant's function carries no token check.
 */
export function publicRoute<R extends PublicRoute>(route: R, run: PublicRun<R>) {
  return httpHandler(async (event) =>
    answerOf(route, await run(routeInput(route, event), { ports: () => getDeclaredPorts(route.needs), event })),
  );
}
