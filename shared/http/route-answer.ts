import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { csvFile, json, jsonFile } from './responses.ts';
import type { Route, RouteAnswer } from './route-declaration.ts';

/*
 * What a route's use case answers with: the body of the route's first declared status, or, made explicit here,
 * another declared status or a file to save.
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

/** What a route's use case may answer: a declared JSON body, or an explicit answer. */
export type Handled<R extends Route> = Promise<RouteAnswer<R> | ExplicitAnswer>;

/** The HTTP answer: an explicit one as it is, a body with the route's first declared status. */
export function answerOf(route: Route, answer: unknown): APIGatewayProxyStructuredResultV2 {
  if (isExplicit(answer)) return answer[EXPLICIT];
  const status = Math.min(...Object.keys(route.answers).map(Number));
  return json(status, answer);
}

function isExplicit(answer: unknown): answer is ExplicitAnswer {
  return typeof answer === 'object' && answer !== null && EXPLICIT in answer;
}
