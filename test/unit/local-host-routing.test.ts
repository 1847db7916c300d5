import { describe, expect, it } from 'vitest';
import { apiGatewayTime, buildEvent, type IncomingRequest } from '../../infra/local/http/api-gateway-event.ts';
import { toHttpAnswer } from '../../infra/local/http/http-answer.ts';
import { matchRoute, type RouteMatch } from '../../infra/local/http/route-matching.ts';
import { toLambdaRecord } from '../../infra/local/streams/stream-records.ts';
import { type RouteAddress, routes } from '../../shared/routes.ts';

const routed = (method: string, path: string, table: readonly RouteAddress[] = routes) => {
  const match = matchRoute(table, method, path);
  if (match.kind !== 'route') throw new Error(`expected ${method} ${path} to match a route, got ${match.kind}`);
  return match;
};

describe('matching a request to the route table', () => {
  it('finds the row by method and path template and names its path parameters', () => {
    const match = routed('POST', '/rounds/demo/applications');
    expect(match.route.handler).toBe('create-application');
    expect(match.routeKey).toBe('POST /rounds/{roundId}/applications');
    expect(match.pathParameters).toEqual({ roundId: 'demo' });
  });

  it('matches every row of the route table with its own path', () => {
    for (const route of routes) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => `sample-${name}`);
      expect(routed(route.method, path).route).toBe(route);
    }
  });

  it('URL-decodes path parameters after matching, so an encoded slash cannot change the route', () => {
    const match = routed('POST', '/applications/KDMA%2D4729/documents/a%2Fb');
    expect(match.route.handler).toBe('create-upload-form');
    expect(match.pathParameters).toEqual({ reference: 'KDMA-4729', documentType: 'a/b' });
  });

  it('finds nothing for an unknown path, a missing segment, an extra segment or a trailing slash', () => {
    for (const path of ['/nope', '/applications', '/rounds/', '/rounds/demo/extra/segment', '/rounds/demo/', '/']) {
      expect(matchRoute(routes, 'GET', path)).toEqual({ kind: 'none' });
    }
  });

  it('tells a known path with the wrong method apart from an unknown path, with the methods it accepts', () => {
    expect(matchRoute(routes, 'DELETE', '/applications/KDMA-4729')).toEqual({
      kind: 'wrong-method',
      allowed: ['GET', 'PUT'],
    });
    expect(matchRoute(routes, 'GET', '/rounds/demo/applications')).toEqual({ kind: 'wrong-method', allowed: ['POST'] });
  });

  it('prefers a literal segment over a parameter, as API Gateway does', () => {
    const table: RouteAddress[] = [
      { method: 'GET', path: '/rounds/{roundId}', handler: 'by-id', access: 'public' },
      { method: 'GET', path: '/rounds/current', handler: 'current', access: 'public' },
    ];
    expect(routed('GET', '/rounds/current', table).route.handler).toBe('current');
    expect(routed('GET', '/rounds/demo', table).route.handler).toBe('by-id');
  });

  it('lets a greedy parameter take the rest of the path', () => {
    const table: RouteAddress[] = [{ method: 'GET', path: '/files/{key+}', handler: 'files', access: 'public' }];
    expect(routed('GET', '/files/a/b%20c', table).pathParameters).toEqual({ key: 'a/b c' });
    expect(matchRoute(table, 'GET', '/files/')).toEqual({ kind: 'none' });
  });
});

const arrived = new Date('2019-08-01T06:03:58.390Z');

function request(overrides: Partial<IncomingRequest> = {}): IncomingRequest {
  return {
    method: 'POST',
    url: '/rounds/demo/applications',
    httpVersion: '1.1',
    rawHeaders: ['Host', '127.0.0.1:3000', 'Content-Type', 'application/json', 'User-Agent', 'curl/8.5'],
    body: Buffer.from('{"consent":true}'),
    sourceIp: '127.0.0.1',
    receivedAt: arrived,
    requestId: 'JKJaXmPLvHcESHA=',
    serverPort: 3000,
    ...overrides,
  };
}

const eventFor = (incoming: IncomingRequest, originSecret?: string) =>
  buildEvent(
    incoming,
    routed(incoming.method, incoming.url.split('?')[0] as string) as Extract<RouteMatch, { kind: 'route' }>,
    originSecret,
  );

describe('building the API Gateway HTTP API event (payload format 2.0)', () => {
  it('builds the event a function gets in AWS for a JSON request', () => {
    expect(eventFor(request())).toEqual({
      version: '2.0',
      routeKey: 'POST /rounds/{roundId}/applications',
      rawPath: '/rounds/demo/applications',
      rawQueryString: '',
      headers: {
        host: '127.0.0.1:3000',
        'content-type': 'application/json',
        'user-agent': 'curl/8.5',
        'x-amzn-trace-id': expect.stringMatching(/^Root=1-5d4280ce-[0-9a-f]{24}$/),
        'x-forwarded-for': '127.0.0.1',
        'x-forwarded-port': '3000',
        'x-forwarded-proto': 'http',
      },
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: '127.0.0.1:3000',
        domainPrefix: '127',
        http: {
          method: 'POST',
          path: '/rounds/demo/applications',
          protocol: 'HTTP/1.1',
          sourceIp: '127.0.0.1',
          userAgent: 'curl/8.5',
        },
        requestId: 'JKJaXmPLvHcESHA=',
        routeKey: 'POST /rounds/{roundId}/applications',
        stage: '$default',
        time: '01/Aug/2019:06:03:58 +0000',
        timeEpoch: arrived.getTime(),
      },
      body: '{"consent":true}',
      pathParameters: { roundId: 'demo' },
      isBase64Encoded: false,
    });
  });

  it('lower-cases header names and joins repeated headers and query parameters with commas', () => {
    const event = eventFor(
      request({
        method: 'GET',
        url: '/rounds/demo?lang=lv&lang=en&q=a%20b',
        rawHeaders: ['X-Trace', 'one', 'x-trace', 'two', 'Accept', 'application/json'],
        body: Buffer.alloc(0),
      }),
    );
    expect(event.headers).toMatchObject({ 'x-trace': 'one,two', accept: 'application/json' });
    expect(event.rawQueryString).toBe('lang=lv&lang=en&q=a%20b');
    expect(event.queryStringParameters).toEqual({ lang: 'lv,en', q: 'a b' });
  });

  it('adds the forwarding headers API Gateway adds, keeping a forwarded-for chain the client sent', () => {
    const event = eventFor(request({ rawHeaders: ['X-Forwarded-For', '10.0.0.1'], sourceIp: '192.0.2.7' }));
    expect(event.headers).toMatchObject({
      'x-forwarded-for': '10.0.0.1, 192.0.2.7',
      'x-forwarded-port': '3000',
      'x-forwarded-proto': 'http',
    });
  });

  it('moves cookies out of the headers into the cookies list', () => {
    const event = eventFor(request({ rawHeaders: ['Cookie', 'a=1; b=2', 'Content-Type', 'application/json'] }));
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.headers.cookie).toBeUndefined();
  });

  it('leaves out the body, cookies, query and path parameters when the request has none', () => {
    const event = eventFor(request({ method: 'GET', url: '/openapi.json', rawHeaders: [], body: Buffer.alloc(0) }));
    expect(event).not.toHaveProperty('body');
    expect(event).not.toHaveProperty('cookies');
    expect(event).not.toHaveProperty('queryStringParameters');
    expect(event).not.toHaveProperty('pathParameters');
    expect(event.isBase64Encoded).toBe(false);
  });

  it('base64-encodes a body that is not text or JSON, and keeps text and JSON bodies as they are', () => {
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff]);
    const binary = eventFor(request({ rawHeaders: ['Content-Type', 'application/pdf'], body: bytes }));
    expect(binary).toMatchObject({ isBase64Encoded: true, body: bytes.toString('base64') });
    const untyped = eventFor(request({ rawHeaders: [], body: Buffer.from('x=1') }));
    expect(untyped.isBase64Encoded).toBe(true);
    for (const type of ['text/plain; charset=utf-8', 'application/json; charset=utf-8', 'application/problem+json']) {
      expect(eventFor(request({ rawHeaders: ['Content-Type', type], body: Buffer.from('ā') }))).toMatchObject({
        isBase64Encoded: false,
        body: 'ā',
      });
    }
  });

  it('adds the origin secret in x-origin-verify, as the CloudFront distribution does', () => {
    const secret = 'local-origin-secret-of-43-characters-long-x';
    expect(eventFor(request(), secret).headers['x-origin-verify']).toBe(secret);
  });

  it('replaces an x-origin-verify header the client sent, or drops it when there is no secret', () => {
    const secret = 'local-origin-secret-of-43-characters-long-x';
    const forged = request({ rawHeaders: ['X-Origin-Verify', 'forged', 'x-origin-verify', 'again'] });
    expect(eventFor(forged, secret).headers['x-origin-verify']).toBe(secret);
    expect(eventFor(forged).headers).not.toHaveProperty('x-origin-verify');
  });

  it('writes the request time in API Gateway format, in UTC', () => {
    expect(apiGatewayTime(new Date('2020-03-12T19:03:58.123Z'))).toBe('12/Mar/2020:19:03:58 +0000');
    expect(apiGatewayTime(new Date('2019-12-31T23:59:59+02:00'))).toBe('31/Dec/2019:21:59:59 +0000');
  });
});

describe('turning a function result into the HTTP answer', () => {
  it('takes a structured result as it is, with cookies as set-cookie and a base64 body decoded', () => {
    const answer = toHttpAnswer({
      statusCode: 201,
      headers: { 'Content-Type': 'application/octet-stream', 'X-Count': 3 },
      cookies: ['a=1'],
      body: Buffer.from([1, 2, 255]).toString('base64'),
      isBase64Encoded: true,
    });
    expect(answer).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'application/octet-stream', 'x-count': '3' },
      cookies: ['a=1'],
      body: Buffer.from([1, 2, 255]),
    });
  });

  it('answers 200 JSON for a result without statusCode: a string as the body, anything else as JSON', () => {
    expect(toHttpAnswer('plain text')).toMatchObject({ statusCode: 200, body: Buffer.from('plain text') });
    expect(toHttpAnswer({ hello: 'world' })).toMatchObject({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{"hello":"world"}'),
    });
  });

  it('refuses a result whose statusCode is not an HTTP status, which API Gateway answers with a 500', () => {
    expect(() => toHttpAnswer({ statusCode: 'ok' })).toThrow(/invalid statusCode/);
    expect(() => toHttpAnswer({ statusCode: 42 })).toThrow(/invalid statusCode/);
  });
});

describe('stream records as Lambda delivers them', () => {
  it('gives the creation time in epoch seconds, binary values in base64, empty maps as maps and the stream ARN', () => {
    const record = toLambdaRecord(
      {
        eventID: 'e1',
        eventName: 'INSERT',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'ddblocal',
        dynamodb: {
          ApproximateCreationDateTime: new Date('2019-08-01T06:00:00.900Z'),
          Keys: { pk: { S: 'APP#KDMA-4729' }, sk: { S: 'APP' } },
          NewImage: {
            pk: { S: 'APP#KDMA-4729' },
            tags: { L: [{ N: '1' }, { M: { raw: { B: Uint8Array.from([1, 2]) } } }] },
            blobs: { BS: [Uint8Array.from([255])] },
            gone: { NULL: true },
            empty: {} as never,
          },
          SequenceNumber: '000001',
          SizeBytes: 42,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      },
      'arn:aws:dynamodb:ddblocal:000000000000:table/intake-local/stream/2019-08-01T06:00:00.000',
      'eu-north-1',
    );
    expect(record).toEqual({
      eventID: 'e1',
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'eu-north-1',
      dynamodb: {
        ApproximateCreationDateTime: Date.parse('2019-08-01T06:00:00Z') / 1000,
        Keys: { pk: { S: 'APP#KDMA-4729' }, sk: { S: 'APP' } },
        NewImage: {
          pk: { S: 'APP#KDMA-4729' },
          tags: { L: [{ N: '1' }, { M: { raw: { B: 'AQI=' } } }] },
          blobs: { BS: ['/w=='] },
          gone: { NULL: true },
          empty: { M: {} },
        },
        SequenceNumber: '000001',
        SizeBytes: 42,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: 'arn:aws:dynamodb:ddblocal:000000000000:table/intake-local/stream/2019-08-01T06:00:00.000',
    });
    expect(record.dynamodb).not.toHaveProperty('OldImage');
  });
});
