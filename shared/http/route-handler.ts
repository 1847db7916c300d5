import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { getPorts } from '../composition.ts';
import type { Ports, StaffPorts } from '../ports/index.ts';
import type { StaffContext } from '../use-cases/staff/staff-context.ts';
import { httpHandler } from './http-handler.ts';
import { csvFile, json, jsonFile } from './responses.ts';
import type { PublicRoute, Route, RouteAnswer, RouteInput, StaffRoute } from './route-declaration.ts';
import { routeInput } from './route-input.ts';
import { staffHandler } from './staff-handler.ts';

/*
 * Binds a route's declaration to its use case: the function file hands over its own route's declaration
 * (`shared/routes/<handler>.ts`) and says which use case answers it with what. The input arrives parsed and checked
 * by the declaration; the answer is the declared one. Taking the declaration itself rather than looking it up in the
 * table keeps every other route's schemas out of the function's bundle and out of its cold start.
 */

const EXPLICIT = Symbol('explicit answer');

/** An answer other than the route's first declared one: another declared status, or a file. */
export interface ExplicitAnswer {
  readonly [EXPLICIT]: APIGatewayProxyStructuredResultV2;
}

/** Answers with one of the route's other declared statuses, e.g. 201 for a round just made. */
export function answerWith(status: number, body: unknown): ExplicitAnswer {
  return { [EXPLICIT]: json(status, body) };
}

/** Answers with a CSV file to save. */
export function fileAnswer(fileName: string, csv: string): ExplicitAnswer {
  return { [EXPLICIT]: csvFile(fileName, csv) };
}

/** Answers with the route's JSON body as a file to save, under `fileName`. */
export function jsonFileAnswer(fileName: string, body: unknown): ExplicitAnswer {
  return { [EXPLICIT]: jsonFile(fileName, body) };
}

type Handled<R extends Route> = Promise<RouteAnswer<R> | ExplicitAnswer>;

export interface PublicContext {
  /** The ports of this process, made on first use (a route that touches nothing never makes them). */
  ports: () => Promise<Ports>;
  event: APIGatewayProxyEventV2;
}

export function publicRoute<R extends PublicRoute>(
  route: R,
  handle: (input: RouteInput<R>, context: PublicContext) => Handled<R>,
) {
  return httpHandler(async (event) =>
    answerOf(route, await handle(routeInput(route, event), { ports: getPorts, event })),
  );
}

/** A staff route: the token, the role and the audit of refusals come first (see `staffHandler`). */
export function staffRoute<R extends StaffRoute>(
  route: R,
  handle: (input: RouteInput<R>, staff: StaffContext, ports: StaffPorts) => Handled<R>,
) {
  return staffHandler(route, async (event, staff, ports) =>
    answerOf(route, await handle(routeInput(route, event), staff, ports)),
  );
}

function answerOf(route: Route, answer: unknown): APIGatewayProxyStructuredResultV2 {
  if (isExplicit(answer)) return answer[EXPLICIT];
  const status = Math.min(...Object.keys(route.answers).map(Number));
  return json(status, answer);
}

function isExplicit(answer: unknown): answer is ExplicitAnswer {
  return typeof answer === 'object' && answer !== null && EXPLICIT in answer;
}
