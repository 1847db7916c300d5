import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type HttpHost, startHttpHost } from '../../infra/local/http/http-host.ts';
import { type FunctionPool, startFunctionPool } from '../../infra/local/lambda/function-pool.ts';
import type { RouteAddress } from '../../shared/routes.ts';
import { standInFunctionsDir } from '../fixtures/stand-in-dirs.ts';

/**
 * The functions in worker threads, as `npm start` runs them: each invocation gets the same event and Lambda
 * context as in the host's own thread, and a failure is answered and logged by the host as there.
 */
const routes: RouteAddress[] = [
  { method: 'POST', path: '/things/{id}', handler: 'echo', access: 'public' },
  { method: 'GET', path: '/failing', handler: 'throws', access: 'public' },
  { method: 'GET', path: '/missing', handler: 'no-such-function', access: 'public' },
  { method: 'GET', path: '/dying', handler: 'ends-thread', access: 'public' },
];

interface Echo {
  event: APIGatewayProxyEventV2;
  context: { functionName: string; awsRequestId: string; remainingTimeInMillis: number };
}

let pool: FunctionPool;
let host: HttpHost;

beforeAll(async () => {
  pool = startFunctionPool({ size: 2, functionsDir: standInFunctionsDir, region: 'eu-north-1', preload: ['echo'] });
  host = await startHttpHost({ port: 0, routes, invoke: pool.invoke, log: () => {} });
});
afterAll(async () => {
  await host?.close();
  await pool?.stop();
});
afterEach(() => vi.restoreAllMocks());

const echo = async (id: string) => {
  const response = await fetch(`${host.url}/things/${id}?x=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ consent: true }),
  });
  expect(response.status).toBe(200);
  return { requestId: response.headers.get('apigw-requestid'), ...((await response.json()) as Echo) };
};

describe('functions in worker threads', () => {
  it('get the API Gateway event and a Lambda context under the request id, in any of the threads', async () => {
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map(echo));
    for (const [index, { requestId, event, context }] of answers.entries()) {
      expect(event).toMatchObject({
        routeKey: 'POST /things/{id}',
        pathParameters: { id: ['a', 'b', 'c', 'd'][index] },
        queryStringParameters: { x: '1' },
        body: '{"consent":true}',
        requestContext: { requestId },
      });
      expect(context).toMatchObject({ functionName: 'echo', awsRequestId: requestId });
      expect(context.remainingTimeInMillis).toBeGreaterThan(0);
    }
  });

  it('answer a thrown error with the generic 500, logged by the host with its message', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetch(`${host.url}/failing`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    const logged = errors.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(logged).toContain('unexpected failure in the function');
    expect(logged).toContain(response.headers.get('apigw-requestid'));
  });

  it('answer 500 for a function file that does not exist, and say which', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await fetch(`${host.url}/missing`)).status).toBe(500);
    expect(errors.mock.calls.join('\n')).toContain('no-such-function.ts does not exist');
  });

  it('fail the invocation whose thread dies, and run the next ones in a new thread', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await fetch(`${host.url}/dying`)).status).toBe(500);
    expect(errors.mock.calls.join('\n')).toContain('The function thread stopped.');
    const answers = await Promise.all(['e', 'f', 'g', 'h'].map(echo));
    expect(answers.map(({ context }) => context.functionName)).toEqual(['echo', 'echo', 'echo', 'echo']);
  });
});
