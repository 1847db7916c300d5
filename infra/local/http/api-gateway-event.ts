import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ORIGIN_VERIFY_HEADER } from '../../../shared/http/origin-check.ts';
import { LOCAL_ACCOUNT_ID } from './lambda-context.ts';
import type { RouteMatch } from './route-matching.ts';

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
 *
 * With `originSecret`, the request also carries it in `x-origin-verify`, as the CloudFront distribution adds it
 * in AWS. A header of that name sent by the client never reaches the function: it is replaced, or dropped.
 */
export function buildEvent(
  request: IncomingRequest,
  match: Extract<RouteMatch, { kind: 'route' }>,
  originSecret?: string,
): APIGatewayProxyEventV2 {
  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : request.url.slice(queryStart + 1);
  const sent = joinHeaders(request.rawHeaders);
  const headers = { ...sent, ...forwardingHeaders(request, sent['x-forwarded-for']) };
  delete headers[ORIGIN_VERIFY_HEADER];
  if (originSecret !== undefined) headers[ORIGIN_VERIFY_HEADER] = originSecret;
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
