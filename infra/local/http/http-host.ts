import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type RouteAddress, routes as routeTable } from '../../../shared/routes.ts';
import { pageSecurityHeaders } from '../../web-headers.ts';
import { type Clock, systemClock } from '../clock.ts';
import { StandInError } from '../stand-ins.ts';
import { buildEvent } from './api-gateway-event.ts';
import { loadHandler } from './handler-loading.ts';
import { gatewayError, type HttpAnswer, hostError, toHttpAnswer } from './http-answer.ts';
import { lambdaContext } from './lambda-context.ts';
import { isApiPath, matchRoute } from './route-matching.ts';
import { DEFAULT_WEB_DIR, findWebFile } from './static-files.ts';

/** API Gateway refuses payloads over 10 MB before any function runs; the local host does the same. */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/**
 * API Gateway's other request quota: the request line and the header values together (HTTP API quotas, "Total
 * combined size of request line and header values"). The host refuses a larger request to a route the same way.
 */
export const MAX_REQUEST_LINE_AND_HEADERS_BYTES = 10_240;

/**
 * What Node itself reads of a request's head before giving up. Well above the quota, so that an oversized request
 * is still read whole and answered in the API's error shape, rather than cut off mid-upload.
 */
const MAX_HEAD_BYTES = 2 * 1024 * 1024;

/** Where the web app finds its settings, on its own origin. */
export const WEB_CONFIG_PATH = '/config.json';

const DEFAULT_FUNCTIONS_DIR = fileURLToPath(new URL('../../../functions/', import.meta.url));

export interface HttpHostOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1': the host serves this machine only. */
  hostname?: string;
  /** @default the project's route table */
  routes?: readonly RouteAddress[];
  /** Where `<handler>.ts` files live. @default `<repo>/functions` */
  functionsDir?: string;
  /** Region for the function ARN in the Lambda context. @default 'eu-north-1' */
  region?: string;
  /**
   * Requests wait for this before any function is imported: functions read their configuration once at import,
   * so one loaded before the environment is set would stay broken until restart.
   */
  ready?: Promise<unknown>;
  /** The web app's build, served for GET and HEAD requests outside the API. @default `<repo>/web/dist` */
  webDir?: string;
  /**
   * Origins the pages may send data to besides their own: the document storage, which the browser posts upload
   * forms to. HTML answers wait for it, as it is known only once the storage runs. @default none
   */
  uploadOrigins?: Promise<readonly string[]>;
  /**
   * Origins the pages call with `fetch` besides their own and the upload origins: the staff sign-in. HTML answers
   * wait for it too. @default none
   */
  connectOrigins?: Promise<readonly string[]>;
  /**
   * What the web app reads from `/config.json` to find the services it talks to besides the API, such as where
   * staff sign in. A deployment writes the same file next to the app; locally the ports are known only once the
   * stand-ins run, so the host serves it, uncached. @default none: `/config.json` is looked up in the build
   */
  webConfig?: Promise<object>;
  /**
   * The value the CloudFront distribution adds to every API request in `x-origin-verify`, which the functions
   * check; the host adds it the same way. @default none: requests carry no such header
   */
  originSecret?: string;
  /** One line per request. @default console.log */
  log?: (line: string) => void;
  /** Stamps each request's receipt time (`requestContext.timeEpoch`). @default the machine's clock */
  clock?: Clock;
}

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The local stand-in for API Gateway, and for the CDN in front of the web app: an HTTP server that dispatches by
 * the route table to the same function files that run in Lambda, with the same event and response conversion,
 * and answers GET and HEAD requests outside the API from the web app's build, on the same origin. Like the CDN,
 * it adds the origin secret to every request it hands a function.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const table = options.routes ?? routeTable;
  const functionsDir = options.functionsDir ?? DEFAULT_FUNCTIONS_DIR;
  const region = options.region ?? 'eu-north-1';
  const hostname = options.hostname ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => console.log(line));
  const ready = options.ready ?? Promise.resolve();
  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  const uploadOrigins = options.uploadOrigins ?? Promise.resolve([]);
  const connectOrigins = options.connectOrigins ?? Promise.resolve([]);
  const webConfig = options.webConfig;
  const clock = options.clock ?? systemClock;
  // A failed start is reported by whoever started the host; requests only need to know it never became ready.
  for (const pending of [ready, uploadOrigins, connectOrigins, webConfig]) pending?.catch(() => {});

  const server = createServer({ maxHeaderSize: MAX_HEAD_BYTES }, (req, res) => {
    const receivedAt = clock.now();
    const started = performance.now();
    const requestId = randomBytes(11).toString('base64');
    // The route key, not the path: paths carry reference numbers, and the log never holds request data.
    let routeKey = `${req.method} (no route)`;
    res.on('finish', () => log(`${routeKey} ${res.statusCode} ${Math.round(performance.now() - started)}ms`));
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
    const path = url.split('?')[0] as string;
    const match = matchRoute(table, method, path);
    if (match.kind === 'none') {
      const fromWebApp = (method === 'GET' || method === 'HEAD') && !isApiPath(table, path);
      const answer = fromWebApp ? await webAnswer(path) : hostError(404, 'ROUTE_NOT_FOUND');
      if (answer.statusCode === 200) request.setRouteKey(`${method} (web app)`);
      return send(res, answer, request.requestId);
    }
    if (match.kind === 'wrong-method') {
      const answer = hostError(405, 'METHOD_NOT_ALLOWED');
      answer.headers.allow = match.allowed.join(', ');
      return send(res, answer, request.requestId);
    }
    request.setRouteKey(match.routeKey);
    if (headBytes(req) > MAX_REQUEST_LINE_AND_HEADERS_BYTES) {
      return send(res, hostError(431, 'REQUEST_HEADERS_TOO_LARGE'), request.requestId);
    }
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
      options.originSecret,
    );
    const handler = await loadHandler(functionsDir, match.route.handler);
    const result = await handler(event, lambdaContext(match.route.handler, request.requestId, region));
    send(res, toHttpAnswer(result), request.requestId);
  }

  /** A file of the web build; pages carry the security headers a deployment sets too. */
  async function webAnswer(path: string): Promise<HttpAnswer> {
    if (path === WEB_CONFIG_PATH && webConfig) return webConfigAnswer(webConfig);
    const file = await findWebFile(webDir, path);
    if (file.kind === 'none') return hostError(404, 'ROUTE_NOT_FOUND');
    if (file.kind === 'not-built') return hostError(404, 'WEB_APP_NOT_BUILT');
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'content-length': String(file.body.length),
      'cache-control': file.cacheControl,
      'x-content-type-options': 'nosniff',
    };
    if (file.contentType.startsWith('text/html')) {
      try {
        const [uploads, connects] = await Promise.all([uploadOrigins, connectOrigins]);
        Object.assign(headers, pageSecurityHeaders({ uploadOrigins: uploads, connectOrigins: connects }));
      } catch {
        return hostError(503, 'HOST_NOT_READY');
      }
    }
    return { statusCode: 200, headers, cookies: [], body: file.body };
  }

  // A request Node cannot parse never reaches the handler; Node's own answer has no body, so give it the API's.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const answer = tooLarge ? hostError(431, 'REQUEST_HEADERS_TOO_LARGE') : hostError(400, 'REQUEST_MALFORMED');
    const reason = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
    const head = [`HTTP/1.1 ${answer.statusCode} ${reason}`, 'connection: close'];
    for (const [name, value] of Object.entries(answer.headers)) head.push(`${name}: ${value}`);
    head.push(`content-length: ${answer.body.length}`);
    socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), answer.body]));
  });

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

/** The web app's settings: never cached, as they change with the ports of each start. */
async function webConfigAnswer(webConfig: Promise<object>): Promise<HttpAnswer> {
  let body: Buffer;
  try {
    body = Buffer.from(JSON.stringify(await webConfig));
  } catch {
    return hostError(503, 'HOST_NOT_READY');
  }
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(body.length),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
    cookies: [],
    body,
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

/** The request line and the header values, as API Gateway counts them against its quota. */
function headBytes(req: IncomingMessage): number {
  const requestLine = Buffer.byteLength(`${req.method} ${req.url} HTTP/${req.httpVersion}`, 'latin1');
  const values = req.rawHeaders.filter((_, index) => index % 2 === 1);
  return values.reduce((total, value) => total + Buffer.byteLength(value, 'latin1'), requestLine);
}

function send(res: ServerResponse, answer: HttpAnswer, requestId: string): void {
  res.statusCode = answer.statusCode;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  if (answer.cookies.length > 0) res.setHeader('set-cookie', answer.cookies);
  res.setHeader('apigw-requestid', requestId);
  res.end(answer.body);
}

/** The error only: request bodies and headers may hold personal data and never reach the log. */
function logFailure(requestId: string, routeKey: string, error: unknown): void {
  const details = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : {};
  console.error(JSON.stringify({ level: 'error', event: 'function-failed', requestId, routeKey, ...details }));
}
