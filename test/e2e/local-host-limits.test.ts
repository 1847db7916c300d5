import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpHost, MAX_REQUEST_LINE_AND_HEADERS_BYTES, startHttpHost } from '../../infra/local/http/http-host.ts';
import type { RouteAddress } from '../../shared/routes.ts';
import { standInFunctionsDir } from '../fixtures/stand-in-dirs.ts';
import { rawHttpClient } from '../helpers/raw-http.ts';

/** The host's answers to requests too large or too broken for any function to see, in the API's error shape. */
const routes: RouteAddress[] = [{ method: 'GET', path: '/things/{id}', handler: 'echo', access: 'public' }];

let host: HttpHost;
let client: ReturnType<typeof rawHttpClient>;

beforeAll(async () => {
  host = await startHttpHost({ port: 0, routes, functionsDir: standInFunctionsDir, log: () => {} });
  client = rawHttpClient(host.url);
});
afterAll(async () => {
  client?.close();
  await host?.close();
});

interface HostErrorBody {
  error: { code: string; message: { lv: string; en: string } };
}

function expectHostError(answer: { status: number; body: string }, status: number, code: string) {
  expect(answer.status).toBe(status);
  const body = JSON.parse(answer.body) as HostErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.lv).not.toBe(body.error.message.en);
  expect(body.error.message.en.length).toBeGreaterThan(10);
}

/** Headers whose values, with the request line `GET <path> HTTP/1.1`, come to exactly `total` bytes. */
function padding(path: string, total: number): Record<string, string> {
  // Set here, so Node adds no header of its own whose size this would not count.
  const fixed = { host: 'localhost', connection: 'keep-alive' };
  const used = `GET ${path} HTTP/1.1`.length + Object.values(fixed).join('').length;
  return { ...fixed, 'x-padding': 'p'.repeat(total - used) };
}

describe('the HTTP host', () => {
  it(`hands a function a request line and headers of ${MAX_REQUEST_LINE_AND_HEADERS_BYTES} bytes, as API Gateway does`, async () => {
    const answer = await client.send({
      method: 'GET',
      path: '/things/1',
      headers: padding('/things/1', MAX_REQUEST_LINE_AND_HEADERS_BYTES),
    });
    expect(answer.status).toBe(200);
  });

  it('refuses one byte more with 431 before any function runs', async () => {
    const answer = await client.send({
      method: 'GET',
      path: '/things/1',
      headers: padding('/things/1', MAX_REQUEST_LINE_AND_HEADERS_BYTES + 1),
    });
    expectHostError(answer, 431, 'REQUEST_HEADERS_TOO_LARGE');
  });

  it('refuses a query string of 1 MB with 431, reading the whole request rather than cutting it off', async () => {
    const answer = await client.send({ method: 'GET', path: `/things/1?q=${'q'.repeat(1024 * 1024)}`, headers: {} });
    expectHostError(answer, 431, 'REQUEST_HEADERS_TOO_LARGE');
  });

  it('answers headers too large even for Node to read with 431 in the same shape', async () => {
    const answer = await client.send({
      method: 'GET',
      path: '/things/1',
      headers: { 'x-padding': 'p'.repeat(3 * 1024 * 1024) },
    });
    expectHostError(answer, 431, 'REQUEST_HEADERS_TOO_LARGE');
  });
});
