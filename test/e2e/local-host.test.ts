import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type HttpHost, MAX_REQUEST_BYTES, startHttpHost } from '../../infra/local/http/http-host.ts';
import { startLocalSystem } from '../../infra/local/system.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { assertCompleteConfig, readConfig } from '../../shared/config.ts';
import type { RouteAddress } from '../../shared/routes.ts';
import { deliveries, refuseOnce } from '../fixtures/functions/send-notifications.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { standInFunctionsDir } from '../fixtures/stand-in-dirs.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';

const startScript = fileURLToPath(new URL('../../infra/local/start.ts', import.meta.url));

interface Echo {
  event: APIGatewayProxyEventV2;
  context: { functionName: string; awsRequestId: string; invokedFunctionArn: string; remainingTimeInMillis: number };
}
interface HostErrorBody {
  error: { code: string; message: { lv: string; en: string } };
}

const fixtureRoutes: RouteAddress[] = [
  { method: 'GET', path: '/things/{id}', handler: 'echo', access: 'public' },
  { method: 'POST', path: '/things/{id}', handler: 'echo', access: 'public' },
  { method: 'GET', path: '/failing', handler: 'throws', access: 'public' },
  { method: 'GET', path: '/results', handler: 'bare-results', access: 'public' },
  { method: 'GET', path: '/missing', handler: 'no-such-function', access: 'public' },
];

describe('the HTTP host', () => {
  let host: HttpHost;
  const logLines: string[] = [];

  beforeAll(async () => {
    host = await startHttpHost({
      port: 0,
      routes: fixtureRoutes,
      functionsDir: standInFunctionsDir,
      log: (line) => logLines.push(line),
    });
  });
  afterAll(() => host?.close());
  afterEach(() => vi.restoreAllMocks());

  it('hands the function of the matching route the API Gateway v2 event and a Lambda context', async () => {
    const before = Date.now();
    const response = await fetch(`${host.url}/things/a%20b?x=1&x=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'session=abc; theme=dark', 'x-custom': 'yes' },
      body: JSON.stringify({ consent: true }),
    });
    const after = Date.now();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-function')).toBe('echo');
    const { event, context } = (await response.json()) as Echo;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /things/{id}',
      rawPath: '/things/a%20b',
      rawQueryString: 'x=1&x=2',
      cookies: ['session=abc', 'theme=dark'],
      queryStringParameters: { x: '1,2' },
      pathParameters: { id: 'a b' },
      body: '{"consent":true}',
      isBase64Encoded: false,
      requestContext: {
        routeKey: 'POST /things/{id}',
        stage: '$default',
        http: { method: 'POST', path: '/things/a%20b', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' },
      },
    });
    expect(event.headers).toMatchObject({ 'content-type': 'application/json', 'x-custom': 'yes' });
    expect(event.headers).not.toHaveProperty('cookie');
    expect(event.requestContext.timeEpoch).toBeGreaterThanOrEqual(before);
    expect(event.requestContext.timeEpoch).toBeLessThanOrEqual(after);
    expect(event.requestContext.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(context.awsRequestId).toBe(event.requestContext.requestId);
    expect(response.headers.get('apigw-requestid')).toBe(event.requestContext.requestId);
    expect(context.functionName).toBe('echo');
    expect(context.invokedFunctionArn).toMatch(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:echo$/);
    expect(context.remainingTimeInMillis).toBeGreaterThan(0);
  });

  it('passes an uploaded binary body base64-encoded, as API Gateway does', async () => {
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    const response = await fetch(`${host.url}/things/1`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: bytes,
    });
    const { event } = (await response.json()) as Echo;
    expect(event).toMatchObject({ isBase64Encoded: true, body: Buffer.from(bytes).toString('base64') });
  });

  it('answers an unknown path under the API with 404 and a message in Latvian and English', async () => {
    const response = await fetch(`${host.url}/things/1/nothing`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as HostErrorBody;
    expect(body.error.code).toBe('ROUTE_NOT_FOUND');
    expect(body.error.message.lv).not.toBe(body.error.message.en);
    expect(body.error.message.en).toMatch(/openapi\.json/);
  });

  it('answers a known path with the wrong method with 405, the accepted methods and a bilingual message', async () => {
    const response = await fetch(`${host.url}/things/1`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    const body = (await response.json()) as HostErrorBody;
    expect(body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect(body.error.message.lv.length).toBeGreaterThan(0);
    expect(body.error.message.lv).not.toBe(body.error.message.en);
  });

  it('refuses a body over 10 MB with 413 before any function runs', async () => {
    const response = await fetch(`${host.url}/things/1`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array(MAX_REQUEST_BYTES + 1),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as HostErrorBody).error.code).toBe('REQUEST_TOO_LARGE');
  });

  it('answers a failing function with API Gateway’s generic 500 and logs the error without the request', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetch(`${host.url}/failing?code=161175-19997`, {
      headers: { 'x-access-code': 'SECRET-CODE' },
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    const logged = errors.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(logged).toContain('unexpected failure in the function');
    expect(logged).toContain(response.headers.get('apigw-requestid'));
    expect(logged).not.toContain('161175');
    expect(logged).not.toContain('SECRET-CODE');
  });

  it('answers 500 when the route names a function file that does not exist, and says which', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetch(`${host.url}/missing`);
    expect(response.status).toBe(500);
    expect(errors.mock.calls.join('\n')).toContain('no-such-function.ts does not exist');
  });

  it('turns results without statusCode, base64 bodies, cookies and malformed results into answers as API Gateway does', async () => {
    const text = await fetch(`${host.url}/results?kind=string`);
    expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([
      200,
      'application/json',
      'plain text',
    ]);
    const object = await fetch(`${host.url}/results`);
    expect(await object.json()).toEqual({ hello: 'world' });
    const binary = await fetch(`${host.url}/results?kind=binary`);
    expect(binary.status).toBe(201);
    expect(binary.headers.get('x-count')).toBe('3');
    expect(binary.headers.getSetCookie()).toEqual(['a=1; HttpOnly', 'b=2']);
    expect([...new Uint8Array(await binary.arrayBuffer())]).toEqual([0, 1, 2, 255]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await fetch(`${host.url}/results?kind=invalid`)).status).toBe(500);
  });

  it('logs one line per request with method, route key, status and time, and never the body, query or headers', async () => {
    logLines.length = 0;
    await fetch(`${host.url}/things/PERSONAL-VALUE?code=161175-19997`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-access-code': 'SECRET-CODE' },
      body: JSON.stringify({ personalCode: '161175-19997' }),
    });
    await fetch(`${host.url}/things/1/PERSONAL-VALUE`);
    await vi.waitFor(() => expect(logLines).toHaveLength(2));
    expect(logLines[0]).toMatch(/^POST \/things\/\{id\} 200 \d+ms$/);
    expect(logLines[1]).toMatch(/^GET \(no route\) 404 \d+ms$/);
    expect(logLines.join('\n')).not.toMatch(/PERSONAL-VALUE|161175|SECRET-CODE/);
  });

  it('holds requests until the system is ready, so no function loads before its configuration is set', async () => {
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    const waiting = await startHttpHost({
      port: 0,
      routes: fixtureRoutes,
      functionsDir: standInFunctionsDir,
      ready,
      log: () => {},
    });
    try {
      let answered = false;
      const pending = fetch(`${waiting.url}/things/1`).then((response) => {
        answered = true;
        return response;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(answered).toBe(false);
      markReady();
      expect((await pending).status).toBe(200);
    } finally {
      await waiting.close();
    }
  });
});

describe('the local system', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ functionsDir: standInFunctionsDir, seedRounds: () => [pilotLikeRound] });
  });
  afterAll(() => system?.stop());

  const putRound = (id: string) =>
    documentClient(system.endpoints.dynamodb).send(
      new PutCommand({ TableName: system.env.TABLE_NAME, Item: { ...keys.round(id), ...pilotLikeRound, id } }),
    );

  it('dispatches by the project route table to the function named by the route', async () => {
    const response = await fetch(`${system.apiUrl}/rounds/pilot-2019`);
    const { event, context } = (await response.json()) as Echo;
    expect(context.functionName).toBe('get-round');
    expect(event).toMatchObject({ routeKey: 'GET /rounds/{roundId}', pathParameters: { roundId: 'pilot-2019' } });
  });

  it('answers API paths outside the route table with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${system.apiUrl}/applications/KDMA-4729/unknown`)).status).toBe(404);
    const wrongMethod = await fetch(`${system.apiUrl}/rounds/demo/applications`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('sets a complete configuration pointing at the stand-ins before any function loads', () => {
    expect(() => assertCompleteConfig(system.env)).not.toThrow();
    expect(readConfig('aws', system.env).DYNAMODB_ENDPOINT).toBe(system.endpoints.dynamodb);
    expect(Buffer.from(system.env.APP_SECRET, 'base64')).toHaveLength(32);
    expect(process.env.TABLE_NAME).toBe(system.env.TABLE_NAME);
    expect(system.mailUrl).toBe(system.endpoints.ses);
  });

  it('delivers stored changes to the stream consumer as Lambda does', async () => {
    await system.waitForIdle();
    const seeded = deliveries.find((delivery) => delivery.pk === 'ROUNDS/pilot-2019');
    expect(seeded?.record).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      eventVersion: '1.1',
      awsRegion: 'eu-north-1',
      eventSourceARN: expect.stringContaining(system.env.TABLE_NAME),
      dynamodb: {
        Keys: { pk: { S: 'ROUNDS' }, sk: { S: 'pilot-2019' } },
        NewImage: { id: { S: 'pilot-2019' }, retention: { M: { notSelectedDays: { N: '365' } } } },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
        SequenceNumber: expect.any(String),
        ApproximateCreationDateTime: expect.any(Number),
      },
    });
  });

  it('retries a refused record after a back-off and delivers everything after it in order, skipping nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await system.waitForIdle();
    deliveries.length = 0;
    refuseOnce.add('ROUNDS/retry-b');
    for (const id of ['retry-a', 'retry-b', 'retry-c']) await putRound(id);
    await system.waitForIdle();
    const accepted = deliveries.filter((delivery) => delivery.outcome === 'accepted').map((delivery) => delivery.pk);
    expect(accepted).toEqual(['ROUNDS/retry-a', 'ROUNDS/retry-b', 'ROUNDS/retry-c']);
    expect(deliveries.filter((delivery) => delivery.outcome === 'failed').map((delivery) => delivery.pk)).toEqual([
      'ROUNDS/retry-b',
    ]);
    expect(errors.mock.calls.join('\n')).toContain('stream-batch-failed');
    errors.mockRestore();
  });

  it('serves the mail store of the SES stand-in', async () => {
    await system.clearMail();
    expect(await system.mail()).toEqual([]);
  });
});

describe('restarting on kept data', () => {
  it('keeps data and the secret, and delivers no change to the stream consumer twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intake-restart-'));
    const start = () =>
      startLocalSystem({
        dataDir,
        ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, auth: 0 },
        functionsDir: standInFunctionsDir,
        seedRounds: () => [pilotLikeRound],
        log: () => {},
      });
    const kept = { ...keys.round('kept'), ...pilotLikeRound, id: 'kept' };
    try {
      const first = await start();
      await documentClient(first.endpoints.dynamodb).send(
        new PutCommand({ TableName: first.env.TABLE_NAME, Item: kept }),
      );
      await first.idle();
      expect(deliveries.some((delivery) => delivery.pk === 'ROUNDS/kept')).toBe(true);
      await first.stop();

      deliveries.length = 0;
      const second = await start();
      try {
        await second.idle();
        const stored = await documentClient(second.endpoints.dynamodb).send(
          new GetCommand({ TableName: second.env.TABLE_NAME, Key: keys.round('kept') }),
        );
        expect(stored.Item).toEqual(kept);
        expect(second.env.APP_SECRET).toBe(first.env.APP_SECRET);
        expect(deliveries.filter((delivery) => delivery.record.eventName === 'INSERT')).toEqual([]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

function documentClient(endpoint: string) {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
  );
}

describe('starting', () => {
  let blocker: Server | undefined;
  afterEach(async () => {
    const server = blocker;
    blocker = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  const takePort = () =>
    new Promise<number>((resolve) => {
      const server = createServer();
      blocker = server;
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });

  it('names the taken API port and what to do, before starting anything else', async () => {
    const port = await takePort();
    await expect(
      startLocalSystem({ ports: { api: port, dynamodb: 0, s3: 0, ses: 0, auth: 0 }, log: () => {} }),
    ).rejects.toThrow(
      `Port ${port} for the API is taken. Is the system already running (npm start in another terminal)?`,
    );
  });

  it('names a taken stand-in port and frees the API port again', async () => {
    const port = await takePort();
    const api = await freePort();
    await expect(
      startLocalSystem({ ports: { api, dynamodb: port, s3: 0, ses: 0, auth: 0 }, log: () => {} }),
    ).rejects.toThrow(`Port ${port} for DynamoDB Local is taken`);
    const again = await startHttpHost({ port: api, routes: [], log: () => {} });
    await again.close();
  });

  it('names a taken staff sign-in port before starting the stand-ins, and frees the API port again', async () => {
    const port = await takePort();
    const api = await freePort();
    await expect(
      startLocalSystem({ ports: { api, dynamodb: 0, s3: 0, ses: 0, auth: port }, log: () => {} }),
    ).rejects.toThrow(`Port ${port} for the staff sign-in stand-in is taken`);
    const again = await startHttpHost({ port: api, routes: [], log: () => {} });
    await again.close();
  });

  it('refuses a second start on the same data, saying which process holds it and how to stop it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intake-start-'));
    try {
      writeFileSync(join(dataDir, 'host.lock'), `${process.pid}\n`);
      const second = spawnSync(process.execPath, [startScript], {
        env: { ...process.env, LOCAL_DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`The system is already running (process ${process.pid})`);
      expect(second.stderr).toContain('Ctrl+C');
      expect(second.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(dataDir, 'host.lock'), 'utf8').trim()).toBe(String(process.pid));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('says how to install Java when it is missing, without a stack trace', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intake-start-'));
    try {
      // Only the directory of node itself on the PATH: no java to be found.
      const second = spawnSync(process.execPath, [startScript], {
        env: { ...process.env, LOCAL_DATA_DIR: dataDir, PATH: dirname(process.execPath), PORT: '0' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('Java was not found');
      expect(second.stderr).toContain('apt-get install -y openjdk-17-jre-headless');
      expect(second.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('takes over a lock left by a killed process, prints the addresses and stops cleanly on SIGINT', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intake-start-'));
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(dataDir, 'host.lock'), `${gone}\n`);
    const child = spawn(process.execPath, [startScript], {
      env: {
        ...process.env,
        LOCAL_DATA_DIR: dataDir,
        PORT: '0',
        DYNAMODB_PORT: '0',
        S3_PORT: '0',
        SES_PORT: '0',
        AUTH_PORT: '0',
      },
    });
    try {
      const output = await outputUntil(child, /Press Ctrl\+C to stop/);
      expect(output).toMatch(/started in \d+\.\d s/);
      const apiUrl = /API\s+(http:\/\/\S+)/.exec(output)?.[1];
      expect(output).toContain(`${apiUrl}/openapi.json`);
      const addresses = output.split('\n').filter((line) => /^ {2}\S/.test(line));
      expect(addresses[0]).toMatch(new RegExp(`^ {2}Application form\\s+${apiUrl}/apply/demo\\b`));
      expect(output).toMatch(/Mail viewer\s+http:\/\/127\.0\.0\.1:\d+\//);
      expect(output).toMatch(/Sent mail as JSON\s+http:\/\/127\.0\.0\.1:\d+\/store/);
      expect(output).toMatch(/Staff sign-in\s+http:\/\/127\.0\.0\.1:\d+\//);
      expect(output).toContain(`Staff pages         ${apiUrl}/office`);
      expect(output).toContain('Staff demo accounts');
      expect(readFileSync(join(dataDir, 'host.lock'), 'utf8').trim()).toBe(String(child.pid));
      expect((await fetch(`${apiUrl}/rounds/demo/nothing`)).status).toBe(404);
      const secret = readFileSync(join(dataDir, 'app-secret'), 'utf8').trim();
      expect(Buffer.from(secret, 'base64')).toHaveLength(32);

      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(existsSync(join(dataDir, 'host.lock'))).toBe(false);
      expect(readFileSync(join(dataDir, 'app-secret'), 'utf8').trim()).toBe(secret);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function outputUntil(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve(output);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start exited with ${code} before it was ready:\n${output}`)));
  });
}
