/**
 * The one HTTP client of the web app, typed by the API's route table: a call names its route as the table declares
 * it (`PUT /staff/applications/{reference}/scores`), and its path parameters, headers, query and body, and the
 * answer, take their types from that route's declaration. The table is imported for its types only, erased at
 * build time, so the browser bundle carries no server code; a route that does not exist, a missing parameter or a
 * wrong body fails the build.
 */
import type * as z from 'zod/mini';
import type { Routes } from '../../../shared/routes.ts';
import { texts } from '../i18n/texts.ts';
import { endsSignIn } from './error-kinds.ts';
import type { ApiError } from './types.ts';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

type AnyRoute = Routes[number];
type KeyOf<R> = R extends AnyRoute ? `${R['method']} ${R['path']}` : never;
/** Every route, named as the table declares it: `METHOD /path`. */
export type RouteKey = KeyOf<AnyRoute>;
type RouteAt<K extends string> = K extends `${infer M} ${infer P}` ? Extract<AnyRoute, { method: M; path: P }> : never;

type JsonBody<R extends AnyRoute> = {
  [S in keyof R['answers']]: R['answers'][S] extends { json: infer T extends z.ZodMiniType } ? z.output<T> : never;
}[keyof R['answers']];
type AnswersFile<R extends AnyRoute> = {
  [S in keyof R['answers']]: R['answers'][S] extends { csv: true } ? true : never;
}[keyof R['answers']];

/** Routes that answer JSON, and routes that answer a file to save. */
export type JsonRouteKey = { [K in RouteKey]: [JsonBody<RouteAt<K>>] extends [never] ? never : K }[RouteKey];
export type FileRouteKey = { [K in RouteKey]: [AnswersFile<RouteAt<K>>] extends [never] ? never : K }[RouteKey];

/** What a call sends: every part the route declares, as the server parses it (before its defaults). */
type RouteRequest<R extends AnyRoute> = (R extends { params: infer P }
  ? { params: { [K in keyof P]: string } }
  : unknown) &
  (R extends { headers: infer H }
    ? { headers: { [K in keyof H as H[K] extends { name: infer N extends string } ? N : never]: string } }
    : unknown) &
  (R extends { query: infer Q extends z.ZodMiniType } ? { query: z.input<Q> } : unknown) &
  (R extends { body: infer B extends z.ZodMiniType } ? { body: z.input<B> } : unknown);

export type RouteAnswer<K extends JsonRouteKey> = JsonBody<RouteAt<K>>;
export type RequestOf<K extends string> = RouteRequest<RouteAt<K>>;

/** A file the API answered with, e.g. the CSV export. */
export interface DownloadedFile {
  blob: Blob;
  /** From the answer's Content-Disposition, when it names one. */
  fileName: string | undefined;
}

export interface RouteClientOptions {
  /** The staff member's ID token, sent as `Authorization: Bearer …` (never in the address). */
  token?: string;
  /** Hears of every refused sign-in (expired or not valid), so pages need not handle it one by one. */
  onUnauthorized?: (error: ApiError) => void;
}

const networkError: ApiError = {
  code: 'NETWORK',
  message: { lv: texts.lv.common.networkError, en: texts.en.common.networkError },
  fields: [],
  status: 0,
};

/** Calls on this origin. They never throw: a lost connection is an error answer like any other. */
export function routeClient(options: RouteClientOptions = {}) {
  async function send(key: string, request: SentParts, accept: string): Promise<Response | ApiError> {
    const [method = 'GET', template = ''] = key.split(' ');
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.params?.[name] ?? ''));
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined && value !== '') query.set(name, String(value));
    }
    try {
      return await fetch(query.size > 0 ? `${path}?${query}` : path, {
        method,
        headers: {
          accept,
          ...(options.token && { authorization: `Bearer ${options.token}` }),
          ...(request.body !== undefined && { 'content-type': 'application/json' }),
          ...request.headers,
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        // Personal data and access codes: nothing of it belongs in a cache.
        cache: 'no-store',
      });
    } catch {
      return networkError;
    }
  }

  async function failure(response: Response | ApiError): Promise<{ ok: false; error: ApiError }> {
    const error = response instanceof Response ? toApiError(response.status, await readJson(response)) : response;
    if (endsSignIn(error)) options.onUnauthorized?.(error);
    return { ok: false, error };
  }

  return {
    /** One call of a route that answers JSON. */
    async call<K extends JsonRouteKey>(key: K, request: RequestOf<K>): Promise<ApiResult<RouteAnswer<K>>> {
      const response = await send(key, request as SentParts, 'application/json');
      if (!(response instanceof Response) || !response.ok) return failure(response);
      const body = await readJson(response);
      if (body === undefined) return failure(toApiError(response.status, undefined));
      return { ok: true, data: body as RouteAnswer<K> };
    },

    /** One call of a route that answers a file (a CSV to save). */
    async download<K extends FileRouteKey>(key: K, request: RequestOf<K>): Promise<ApiResult<DownloadedFile>> {
      const response = await send(key, request as SentParts, 'text/csv, application/json');
      if (!(response instanceof Response) || !response.ok) return failure(response);
      const fileName = /filename="?([^";]+)"?/i.exec(response.headers.get('content-disposition') ?? '')?.[1];
      return { ok: true, data: { blob: await response.blob(), fileName } };
    },
  };
}

export type RouteClient = ReturnType<typeof routeClient>;

interface SentParts {
  params?: Record<string, string>;
  headers?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

function readJson(response: Response): Promise<unknown> {
  return response.json().catch(() => undefined);
}

/** The API's error body; anything else (a proxy's page, an empty answer) is told as a server error. */
function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: Partial<ApiError> } | undefined)?.error;
  if (!error?.message?.lv || !error.message.en) {
    return {
      code: 'UNREADABLE_ANSWER',
      message: { lv: texts.lv.common.serverError, en: texts.en.common.serverError },
      fields: [],
      status,
    };
  }
  return { code: error.code ?? 'UNKNOWN', message: error.message, fields: error.fields ?? [], status };
}
