import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { getPorts } from '../composition.ts';
import type { Ports, StaffPorts } from '../ports/index.ts';
import { type RouteNamed, type Routes, routes } from '../routes.ts';
import type { StaffContext } from '../use-cases/staff/staff-context.ts';
import { httpHandler } from './http-handler.ts';
import { csvFile, json, jsonFile } from './responses.ts';
import type { Route, RouteAnswer, RouteInput } from './route-declaration.ts';
import { routeInput } from './route-input.ts';
import { staffHandler } from './staff-handler.ts';

/*
 * Binds a route of the table to its use case: the function file names its route and says which use case answers
 * it with what. The input arrives parsed and checked by the declaration; the answer is the declared one.
 */

type PublicName = Extract<Routes[number], { access: 'public' }>['handler'];
type StaffName = Exclude<Routes[number], { access: 'public' }>['handler'];

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

export function publicRoute<H extends PublicName>(
  handler: H,
  handle: (input: RouteInput<RouteNamed<H>>, context: PublicContext) => Handled<RouteNamed<H>>,
) {
  const route = declaration(handler);
  return httpHandler(async (event) =>
    answerOf(route, await handle(routeInput(route, event), { ports: getPorts, event })),
  );
}

/** A staff route: the token, the role and the audit of refusals come first (see `staffHandler`). */
export function staffRoute<H extends StaffName>(
  handler: H,
  handle: (input: RouteInput<RouteNamed<H>>, staff: StaffContext, ports: StaffPorts) => Handled<RouteNamed<H>>,
) {
  const route = declaration(handler);
  return staffHandler(route, async (event, staff, ports) =>
    answerOf(route, await handle(routeInput(route, event), staff, ports)),
  );
}

function declaration<H extends Routes[number]['handler']>(handler: H): RouteNamed<H> {
  const route = routes.find((candidate) => candidate.handler === handler);
  if (!route) throw new Error(`${handler} is not declared in shared/routes.ts`);
  return route as RouteNamed<H>;
}

function answerOf(route: Route, answer: unknown): APIGatewayProxyStructuredResultV2 {
  if (isExplicit(answer)) return answer[EXPLICIT];
  const status = Math.min(...Object.keys(route.answers).map(Number));
  return json(status, answer);
}

function isExplicit(answer: unknown): answer is ExplicitAnswer {
  return typeof answer === 'object' && answer !== null && EXPLICIT in answer;
}
