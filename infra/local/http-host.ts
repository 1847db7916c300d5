import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { type Route, routes as routeTable } from '../../shared/routes.ts';
import { StandInError } from './stand-ins.ts';

/** API Gateway refuses payloads over 10 MB before any function runs; the local host does the same. */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/** API Gateway's integration timeout: the longest a function can keep a request open. */
const FUNCTION_TIMEOUT_MS = 30_000;

/** Not a real account: it only gives ARNs and the request context their usual shape. */
const LOCAL_ACCOUNT_ID = '000000000000';

const DEFAULT_FUNCTIONS_DIR = fileURLToPath(new URL('../../functions/', import.meta.url));

export type RouteMatch =
  | { kind: 'route'; route: Route; routeKey: string; pathParameters: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/**
 * Finds the row of the route table for a request, the way API Gateway does: `{name}` matches one path segment,
 * `{name+}` the rest of the path, and the route with more literal segments wins. Matching is on the raw path and
 * parameters are URL-decoded afterwards, so an encoded `/` inside a parameter cannot change the route.
 */
export function matchRoute(table: readonly Route[], method: string, rawPath: string): RouteMatch {
  const segments = rawPath.split('/').slice(1);
  const candidates = table
    .map((route) => ({ route, match: matchTemplate(route.path, segments) }))
    .filter((candidate): candidate is { route: Route; match: Match } => candidate.match !== undefined)
    .sort((a, b) => b.match.literals - a.match.literals);
  if (candidates.length === 0) return { kind: 'none' };
  const chosen = candidates.find((candidate) => candidate.route.method === method);
  if (!chosen) return { kind: 'wrong-method', allowed: [...new Set(candidates.map(({ route }) => route.method))] };
  return {
    kind: 'route',
    route: chosen.route,
    routeKey: `${chosen.route.method} ${chosen.route.path}`,
    pathParameters: chosen.match.parameters,
  };
}

interface Match {
  parameters: Record<string, string>;
  literals: number;
}

function matchTemplate(template: string, segments: readonly string[]): Match | undefined {
  const parts = template.split('/').slice(1);
  const parameters: Record<string, string> = {};
  let literals = 0;
  for (const [index, part] of parts.entries()) {
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy?.[1]) {
      const rest = segments.slice(index);
      if (rest.length === 0 || rest.join('') === '') return undefined;
      parameters[greedy[1]] = decode(rest.join('/'));
      return { parameters, literals };
    }
    const segment = segments[index];
    if (segment === undefined) return undefined;
    const parameter = /^\{(.+)\}$/.exec(part);
    if (parameter?.[1]) {
      if (segment === '') return undefined;
      parameters[parameter[1]] = decode(segment);
    } else if (part === segment) {
      literals += 1;
    } else {
      return undefined;
    }
  }
  return segments.length === parts.length ? { parameters, literals } : undefined;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What the host knows about one request when it hands it to a function. */
export interface IncomingRequest {
  method: string;
  /** The request target as sent: path and query string. */
  url: string;
  /** `1.1` or `2.0`, as Node reports it. */
  httpVersion: string;
  /** Name/value pairs in arrival order, names as sent (Node's `rawHeaders`). */
  rawHeaders: readonly string[];
  body: Buffer;
  sourceIp: string;
  /** When the request arrived: API Gateway's `timeEpoch`, the receipt time the handlers rely on. */
  receivedAt: Date;
  requestId: string;
  /** The port the host listens on, for `x-forwarded-port`. */
  serverPort: number;
}

/**
 * The API Gateway HTTP API event (payload format 2.0) for a request: the handlers run on exactly what they get in
 * AWS. Header names are lower-cased and repeated headers comma-joined; cookies move from the `cookie` header to
 * `cookies`; a body that is not text or JSON arrives base64-encoded; absent parts are left out, not empty.
 */
export function buildEvent(
  request: IncomingRequest,
  match: Extract<RouteMatch, { kind: 'route' }>,
): APIGatewayProxyEventV2 {
  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : request.url.slice(queryStart + 1);
  const sent = joinHeaders(request.rawHeaders);
  const headers = { ...sent, ...forwardingHeaders(request, sent['x-forwarded-for']) };
  const cookies = headers.cookie
    ?.split(/[;,]/)
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie !== '');
  delete headers.cookie;
  const queryStringParameters = joinQuery(rawQueryString);
  const domainName = headers.host ?? 'localhost';
  const contentType = headers['content-type'] ?? '';
  const isBase64Encoded = request.body.length > 0 && !isTextContentType(contentType);

  return {
    version: '2.0',
    routeKey: match.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies && cookies.length > 0 && { cookies }),
    headers,
    ...(Object.keys(queryStringParameters).length > 0 && { queryStringParameters }),
    requestContext: {
      accountId: LOCAL_ACCOUNT_ID,
      apiId: 'local',
      domainName,
      domainPrefix: domainName.split('.')[0]?.split(':')[0] ?? domainName,
      http: {
        method: request.method,
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey: match.routeKey,
      stage: '$default',
      time: apiGatewayTime(request.receivedAt),
      timeEpoch: request.receivedAt.getTime(),
    },
    ...(request.body.length > 0 && {
      body: request.body.toString(isBase64Encoded ? 'base64' : 'utf8'),
    }),
    ...(Object.keys(match.pathParameters).length > 0 && { pathParameters: { ...match.pathParameters } }),
    isBase64Encoded,
  };
}

function joinHeaders(rawHeaders: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] as string).toLowerCase();
    const value = rawHeaders[index + 1] as string;
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return headers;
}

/** API Gateway adds these to every request it forwards; here the client talks plain HTTP to this machine. */
function forwardingHeaders(request: IncomingRequest, forwardedFor: string | undefined): Record<string, string> {
  const seconds = Math.floor(request.receivedAt.getTime() / 1000).toString(16);
  return {
    'x-amzn-trace-id': `Root=1-${seconds}-${randomBytes(12).toString('hex')}`,
    'x-forwarded-for': forwardedFor ? `${forwardedFor}, ${request.sourceIp}` : request.sourceIp,
    'x-forwarded-port': String(request.serverPort),
    'x-forwarded-proto': 'http',
  };
}

function joinQuery(rawQueryString: string): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  }
  return parameters;
}

function isTextContentType(contentType: string): boolean {
  return /^\s*(text\/|application\/(json|[\w.+-]+\+json)\b)/i.test(contentType);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** API Gateway's `requestContext.time`: `12/Mar/2020:19:03:58 +0000`. */
export function apiGatewayTime(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

/** An HTTP answer ready to write. */
export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

/**
 * Turns what a function returned into the HTTP answer, as API Gateway does for payload format 2.0: a result with
 * `statusCode` is taken as it is; anything else is a 200 JSON answer whose body is the string returned, or the
 * value as JSON. Throws on a malformed result, which API Gateway answers with a 500.
 */
export function toHttpAnswer(result: unknown): HttpAnswer {
  if (typeof result === 'object' && result !== null && 'statusCode' in result) {
    const structured = result as {
      statusCode?: unknown;
      headers?: Record<string, unknown>;
      cookies?: unknown;
      body?: unknown;
      isBase64Encoded?: unknown;
    };
    const statusCode = structured.statusCode;
    if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
      throw new TypeError(`The function returned an invalid statusCode: ${String(statusCode)}`);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(structured.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const body = typeof structured.body === 'string' ? structured.body : '';
    return {
      statusCode,
      headers,
      cookies: Array.isArray(structured.cookies) ? structured.cookies.map(String) : [],
      body: Buffer.from(body, structured.isBase64Encoded === true ? 'base64' : 'utf8'),
    };
  }
  const body = typeof result === 'string' ? result : (JSON.stringify(result ?? null) as string);
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, cookies: [], body: Buffer.from(body) };
}

/** A Lambda handler as the host calls it: the event in, a result (or a promise of one) out. */
export type LambdaHandler = (event: unknown, context: Context) => unknown;

const loaded = new Map<string, Promise<LambdaHandler>>();

/**
 * Imports `<functionsDir>/<name>.ts` once, like a warm Lambda container: module-level clients and parsed config
 * are reused by every later call. The import happens on first use, so the environment must be set before it.
 */
export function loadHandler(functionsDir: string, name: string): Promise<LambdaHandler> {
  const file = join(functionsDir, `${name}.ts`);
  let handler = loaded.get(file);
  if (!handler) {
    handler = importHandler(file);
    loaded.set(file, handler);
    handler.catch(() => loaded.delete(file));
  }
  return handler;
}

async function importHandler(file: string): Promise<LambdaHandler> {
  if (!existsSync(file)) throw new Error(`The function file ${file} does not exist.`);
  const module = (await import(pathToFileURL(file).href)) as { handler?: unknown };
  if (typeof module.handler !== 'function') throw new Error(`${file} does not export a function named handler.`);
  return module.handler as LambdaHandler;
}

/** The Lambda context a function gets: its name, the request id and a deadline it can check. */
export function lambdaContext(functionName: string, awsRequestId: string, region: string): Context {
  const deadline = Date.now() + FUNCTION_TIMEOUT_MS;
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  const callbackStyle = () => {
    throw new Error('Callback-style completion is not supported: return a promise.');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: callbackStyle,
    fail: callbackStyle,
    succeed: callbackStyle,
  };
}

export interface HttpHostOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1': the host serves this machine only. */
  hostname?: string;
  /** @default the project's route table */
  routes?: readonly Route[];
  /** Where `<handler>.ts` files live. @default `<repo>/functions` */
  functionsDir?: string;
  /** Region for the function ARN in the Lambda context. @default 'eu-north-1' */
  region?: string;
  /**
   * Requests wait for this before any function is imported: functions read their configuration once at import,
   * so one loaded before the environment is set would stay broken until restart.
   */
  ready?: Promise<unknown>;
  /** One line per request. @default console.log */
  log?: (line: string) => void;
}

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The local stand-in for API Gateway: an HTTP server that dispatches by the route table to the same function
 * files that run in Lambda, with the same event and response conversion. It has no routes of its own.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const table = options.routes ?? routeTable;
  const functionsDir = options.functionsDir ?? DEFAULT_FUNCTIONS_DIR;
  const region = options.region ?? 'eu-north-1';
  const hostname = options.hostname ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => console.log(line));
  const ready = options.ready ?? Promise.resolve();
  // A failed start is reported by whoever started the host; requests only need to know it never became ready.
  ready.catch(() => {});

  const server = createServer((req, res) => {
    const receivedAt = new Date();
    const requestId = randomBytes(11).toString('base64');
    // The route key, not the path: paths carry reference numbers, and the log never holds request data.
    let routeKey = `${req.method} (no route)`;
    res.on('finish', () => log(`${routeKey} ${res.statusCode} ${Date.now() - receivedAt.getTime()}ms`));
    handleRequest(req, res, { receivedAt, requestId, setRouteKey: (key) => (routeKey = key) }).catch((error) => {
      logFailure(requestId, routeKey, error);
      if (!res.headersSent) send(res, gatewayError(500), requestId);
      else res.destroy();
    });
  });

  async function handleRequest(
    req: IncomingMessage,
    res: ServerResponse,
    request: { receivedAt: Date; requestId: string; setRouteKey: (key: string) => void },
  ): Promise<void> {
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const match = matchRoute(table, method, url.split('?')[0] as string);
    if (match.kind === 'none') return send(res, hostError(404, 'ROUTE_NOT_FOUND'), request.requestId);
    if (match.kind === 'wrong-method') {
      const answer = hostError(405, 'METHOD_NOT_ALLOWED');
      answer.headers.allow = match.allowed.join(', ');
      return send(res, answer, request.requestId);
    }
    request.setRouteKey(match.routeKey);
    if (body === 'too-large') return send(res, hostError(413, 'REQUEST_TOO_LARGE'), request.requestId);
    try {
      await ready;
    } catch {
      return send(res, hostError(503, 'HOST_NOT_READY'), request.requestId);
    }

    const event = buildEvent(
      {
        method,
        url,
        httpVersion: req.httpVersion,
        rawHeaders: req.rawHeaders,
        body,
        sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        receivedAt: request.receivedAt,
        requestId: request.requestId,
        serverPort: req.socket.localPort ?? options.port,
      },
      match,
    );
    const handler = await loadHandler(functionsDir, match.route.handler);
    const result = await handler(event, lambdaContext(match.route.handler, request.requestId, region));
    send(res, toHttpAnswer(result), request.requestId);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StandInError(
              `Port ${options.port} for the API is taken. Is the system already running (npm start in another ` +
                'terminal)? Stop the other process, or choose another port with PORT=3001 npm start.',
            )
          : error,
      ),
    );
    server.listen(options.port, hostname, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${hostname}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Reads the whole body; past the limit it keeps draining so the client still gets the 413 answer. */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_REQUEST_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: HttpAnswer, requestId: string): void {
  res.statusCode = answer.statusCode;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  if (answer.cookies.length > 0) res.setHeader('set-cookie', answer.cookies);
  res.setHeader('apigw-requestid', requestId);
  res.end(answer.body);
}

/** API Gateway's own answer when a function fails: generic on purpose, the details are in the log. */
function gatewayError(statusCode: 500): HttpAnswer {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    cookies: [],
    body: Buffer.from(JSON.stringify({ message: 'Internal Server Error' })),
  };
}

const HOST_MESSAGES = {
  ROUTE_NOT_FOUND: {
    lv: 'Šajā adresē nekā nav. Pārbaudiet adresi: visas API adreses ir aprakstītas /openapi.json.',
    en: 'There is nothing at this address. Check the address: every API address is described at /openapi.json.',
  },
  METHOD_NOT_ALLOWED: {
    lv: 'Šī adrese nepieņem šo metodi. Atļautās metodes ir norādītas galvenē Allow.',
    en: 'This address does not accept this method. The methods it accepts are listed in the Allow header.',
  },
  REQUEST_TOO_LARGE: {
    lv: 'Pieprasījums ir lielāks par 10 MB. Dokumentus augšupielādējiet ar augšupielādes formu, ko izsniedz API.',
    en: 'The request is larger than 10 MB. Upload documents with the upload form the API hands out.',
  },
  HOST_NOT_READY: {
    lv: 'Sistēma neieslēdzās. Skatiet kļūdas paziņojumu terminālī un palaidiet to no jauna.',
    en: 'The system did not start. See the error in the terminal and start it again.',
  },
} as const;

/** Answers the host gives itself, before any function runs: same shape as the API's own errors. */
function hostError(statusCode: number, code: keyof typeof HOST_MESSAGES): HttpAnswer {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    cookies: [],
    body: Buffer.from(JSON.stringify({ error: { code, message: HOST_MESSAGES[code] } })),
  };
}

/** The error only: request bodies and headers may hold personal data and never reach the log. */
function logFailure(requestId: string, routeKey: string, error: unknown): void {
  const details = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : {};
  console.error(JSON.stringify({ level: 'error', event: 'function-failed', requestId, routeKey, ...details }));
}
