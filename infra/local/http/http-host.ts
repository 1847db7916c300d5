import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type RouteAddress, routes as routeTable } from '../../../shared/routes.ts';
import { type Clock, systemClock } from '../clock.ts';
import { buildEvent } from './api-gateway-event.ts';
import { type NodeEnv, serveHono } from './hono-server.ts';
import { gatewayError, type HttpAnswer, hostError, toHttpAnswer, toResponse } from './http-answer.ts';
import { functionInvoker } from './invoke-function.ts';
import { isApiPath, matchRoute } from './route-matching.ts';
import { DEFAULT_WEB_DIR } from './static-files.ts';
import { webApp } from './web-app.ts';

export { WEB_CONFIG_PATH } from './web-app.ts';

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
  const invoke = functionInvoker(options.functionsDir ?? DEFAULT_FUNCTIONS_DIR, options.region ?? 'eu-north-1');
  const log = options.log ?? ((line: string) => console.log(line));
  const ready = options.ready ?? Promise.resolve();
  const clock = options.clock ?? systemClock;
  const web = {
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
    uploadOrigins: options.uploadOrigins ?? Promise.resolve([]),
    connectOrigins: options.connectOrigins ?? Promise.resolve([]),
    webConfig: options.webConfig,
  };
  // A failed start is reported by whoever started the host; requests only need to know it never became ready.
  for (const pending of [ready, web.uploadOrigins, web.connectOrigins, web.webConfig]) pending?.catch(() => {});
  const limitBody = bodyLimit({
    maxSize: MAX_REQUEST_BYTES,
    onError: () => toResponse(hostError(413, 'REQUEST_TOO_LARGE')),
  });

  const app = new Hono<GatewayEnv>();
  app.use(async (c, next) => {
    const started = performance.now();
    const { outgoing } = c.env;
    c.set('receivedAt', clock.now());
    c.set('requestId', randomBytes(11).toString('base64'));
    // The route key, not the path: paths carry reference numbers, and the log never holds request data.
    c.set('routeKey', `${c.env.incoming.method} (no route)`);
    outgoing.once('finish', () =>
      log(`${c.get('routeKey')} ${outgoing.statusCode} ${Math.round(performance.now() - started)}ms`),
    );
    await next();
    c.header('apigw-requestid', c.get('requestId'));
  });

  // The path and method exactly as sent: API Gateway matches routes on the raw path, without resolving dot segments.
  app.all('*', async (c, next) => {
    const { incoming } = c.env;
    const method = incoming.method ?? 'GET';
    const url = incoming.url ?? '/';
    const path = url.split('?')[0] as string;
    const match = matchRoute(table, method, path);
    if (match.kind === 'none') return isApiPath(table, path) ? toResponse(hostError(404, 'ROUTE_NOT_FOUND')) : next();
    if (match.kind === 'wrong-method') {
      const answer = hostError(405, 'METHOD_NOT_ALLOWED');
      answer.headers.allow = match.allowed.join(', ');
      return toResponse(answer);
    }
    c.set('routeKey', match.routeKey);
    if (requestLineAndHeaderBytes(incoming) > MAX_REQUEST_LINE_AND_HEADERS_BYTES) {
      return toResponse(hostError(431, 'REQUEST_HEADERS_TOO_LARGE'));
    }
    // Checked only once the route is known, as before: an unknown path is a 404 whatever its size.
    let body = Buffer.alloc(0);
    const tooLarge = await limitBody(c, async () => {
      body = Buffer.from(await c.req.arrayBuffer());
    });
    if (tooLarge) return tooLarge;
    try {
      await ready;
    } catch {
      return toResponse(hostError(503, 'HOST_NOT_READY'));
    }

    const requestId = c.get('requestId');
    const event = buildEvent(
      {
        method,
        url,
        httpVersion: incoming.httpVersion,
        rawHeaders: incoming.rawHeaders,
        body,
        sourceIp: (incoming.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        receivedAt: c.get('receivedAt'),
        requestId,
        serverPort: incoming.socket.localPort ?? options.port,
      },
      match,
      options.originSecret,
    );
    return toResponse(toHttpAnswer(await invoke(match.route.handler, event, requestId)));
  });

  // Past the API: what the web app serves is logged as the web app, never by its path.
  app.use(async (c, next) => {
    await next();
    if (c.res.status === 200) c.set('routeKey', `${c.env.incoming.method} (web app)`);
  });
  app.route('/', webApp(web));
  app.notFound(() => toResponse(hostError(404, 'ROUTE_NOT_FOUND')));
  app.onError((error, c) => {
    logFailure(c.get('requestId'), c.get('routeKey'), error);
    return toResponse(gatewayError(500));
  });

  const { server, url, port, close } = await serveHono(app, {
    port: options.port,
    hostname: options.hostname ?? '127.0.0.1',
    serverOptions: { maxHeaderSize: MAX_HEAD_BYTES },
    portTaken: (taken) =>
      `Port ${taken} for the API is taken. Is the system already running (npm start in another terminal)? Stop ` +
      'the other process, or choose another port with PORT=3001 npm start.',
    unreadable: () => toResponse(hostError(400, 'REQUEST_MALFORMED')),
    failed: () => toResponse(gatewayError(500)),
  });
  server.on('clientError', answerUnparsable);
  return { url, port, close };
}

type GatewayEnv = NodeEnv & { Variables: { requestId: string; receivedAt: Date; routeKey: string } };

/** The request line and the header values, as API Gateway counts them against its quota. */
function requestLineAndHeaderBytes(req: IncomingMessage): number {
  const requestLine = Buffer.byteLength(`${req.method} ${req.url} HTTP/${req.httpVersion}`, 'latin1');
  const values = req.rawHeaders.filter((_, index) => index % 2 === 1);
  return values.reduce((total, value) => total + Buffer.byteLength(value, 'latin1'), requestLine);
}

/** A request Node cannot parse never reaches the app; Node's own answer has no body, so give it the API's. */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const answer: HttpAnswer = tooLarge
    ? hostError(431, 'REQUEST_HEADERS_TOO_LARGE')
    : hostError(400, 'REQUEST_MALFORMED');
  const reason = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
  const head = [`HTTP/1.1 ${answer.statusCode} ${reason}`, 'connection: close'];
  for (const [name, value] of Object.entries(answer.headers)) head.push(`${name}: ${value}`);
  head.push(`content-length: ${answer.body.length}`);
  socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), answer.body]));
}

/** The error only: request bodies and headers may hold personal data and never reach the log. */
function logFailure(requestId: string, routeKey: string, error: unknown): void {
  const details = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : {};
  console.error(JSON.stringify({ level: 'error', event: 'function-failed', requestId, routeKey, ...details }));
}
