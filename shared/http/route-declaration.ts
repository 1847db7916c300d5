import type * as z from 'zod/mini';
import type { FunctionNeeds } from '../function-needs.ts';
import type { AuditAction } from '../schemas/audit.ts';

/*
 * The shape of one route's declaration (`shared/routes/<handler>.ts`, gathered in the table `shared/routes.ts`):
 * everything about the route in one place. The CDK makes its function, route and grants from it, the local host
 * dispatches by it, the function parses its input by it before the use case runs, the OpenAPI document describes
 * it, and the web's client is typed by it.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A path parameter: its pattern, and what a value that does not fit means (mostly: it names nothing that exists). */
export interface PathParameter {
  readonly schema: z.ZodMiniType<string>;
  readonly invalid: () => Error;
}

/** A request header the route reads: its name, its pattern, and what a missing or malformed one means. */
export interface RequestHeader {
  readonly name: string;
  readonly description: string;
  readonly schema: z.ZodMiniType<string>;
  readonly invalid: () => Error;
}

/** A success answer: a JSON body of the schema, a CSV file to save, or either, as the request asks. */
export interface AnswerBody {
  readonly json?: z.ZodMiniType;
  readonly csv?: true;
}

interface RouteBase {
  readonly method: Method;
  /** API Gateway path syntax: `{name}` is a path parameter. */
  readonly path: string;
  /** Names the function: `functions/<handler>.ts` exports `handler`. */
  readonly handler: string;
  readonly summary: string;
  /** Every `{name}` of the path, in the order they are checked. */
  readonly params?: Readonly<Record<string, PathParameter>>;
  /** Keyed by the name the function reads the value under. */
  readonly headers?: Readonly<Record<string, RequestHeader>>;
  readonly query?: z.ZodMiniObject;
  /** A JSON body, parsed strictly. */
  readonly body?: z.ZodMiniType;
  /** Success answers by status; the function answers the first one unless it says otherwise. */
  readonly answers: Readonly<Record<number, AnswerBody>>;
  /**
   * Refusals the rules may answer with, besides those that follow from the declaration itself (malformed input,
   * sign-in, role, an application of another municipality, storage too busy).
   */
  readonly refusals?: readonly number[];
  /** The AWS resources the function touches; a staff route gets its token check and audit entry besides. */
  readonly needs: FunctionNeeds;
}

/** Anyone may call it; abuse is held off by throttling and by secrets in headers. */
export interface PublicRoute extends RouteBase {
  readonly access: 'public';
}

/**
 * Signed-in staff only: `staff` lets social workers (their own municipality) and administrators in,
 * `administrator` administrators alone. Every request, refused ones included, leaves one audit entry of `action`.
 */
export interface StaffRoute extends RouteBase {
  readonly access: 'staff' | 'administrator';
  readonly action: AuditAction;
}

export type Route = PublicRoute | StaffRoute;

/** What a host needs to send a request to a route's function. */
export type RouteAddress = Pick<Route, 'method' | 'path' | 'handler' | 'access'>;

/** The values a route's declaration promises its function, parsed and checked before the function runs. */
export type RouteInput<R extends Route> = {
  params: { [K in keyof R['params']]: Parsed<R['params'][K]> };
  headers: { [K in keyof R['headers']]: Parsed<R['headers'][K]> };
  query: R['query'] extends z.ZodMiniType ? z.output<R['query']> : undefined;
  body: R['body'] extends z.ZodMiniType ? z.output<R['body']> : undefined;
  /** API Gateway's request time: the server's receipt time, never the client's clock. */
  receivedAt: Date;
};

type Parsed<Part> = Part extends { schema: infer S extends z.ZodMiniType } ? z.output<S> : never;

/** The JSON body of any success answer of a route. */
export type RouteAnswer<R extends Route> = {
  [S in keyof R['answers']]: R['answers'][S] extends { json: infer T extends z.ZodMiniType } ? z.output<T> : never;
}[keyof R['answers']];
