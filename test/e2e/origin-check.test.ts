import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildEvent } from '../../infra/local/http/api-gateway-event.ts';
import { loadHandler } from '../../infra/local/http/handler-loading.ts';
import { lambdaContext } from '../../infra/local/http/lambda-context.ts';
import { matchRoute } from '../../infra/local/http/route-matching.ts';
import { readConfig } from '../../shared/config.ts';
import { messages } from '../../shared/http/messages.ts';
import { routes } from '../../shared/routes.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { auditProbe, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';

/** The function files the local host runs, loaded through the same cache, as one warm container each. */
const functionsDir = fileURLToPath(new URL('../../functions/', import.meta.url));

let system: TestSystem;
let bauskaToken: string;

beforeAll(async () => {
  system = await startTestSystem();
  bauskaToken = await signInStaff(system, 'bauska');
});
afterAll(() => system?.stop());
afterEach(() => vi.restoreAllMocks());

/**
 * Calls the route's function the way a request to the API's own address reaches it: the event API Gateway
 * builds, with no distribution in front to add the origin secret. The host's builder plays the distribution too
 * and drops a client's `x-origin-verify`; API Gateway alone passes on whatever the caller sent, `originVerify`.
 */
async function callPastTheSite(
  method: string,
  path: string,
  { headers = {}, originVerify }: { headers?: Record<string, string>; originVerify?: string } = {},
) {
  const match = matchRoute(routes, method, path);
  if (match.kind !== 'route') throw new Error(`${method} ${path} is not a route`);
  const requestId = randomBytes(11).toString('base64');
  const event: APIGatewayProxyEventV2 = buildEvent(
    {
      method,
      url: path,
      httpVersion: '1.1',
      rawHeaders: Object.entries(headers).flat(),
      body: Buffer.alloc(0),
      sourceIp: '198.51.100.7',
      receivedAt: new Date(),
      requestId,
      serverPort: 443,
    },
    match,
  );
  if (originVerify !== undefined) event.headers['x-origin-verify'] = originVerify;
  const handler = await loadHandler(functionsDir, match.route.handler);
  const answer = (await handler(
    event,
    lambdaContext(match.route.handler, requestId, 'eu-north-1'),
  )) as APIGatewayProxyStructuredResultV2;
  return { requestId, status: answer.statusCode, body: JSON.parse(answer.body ?? '{}') };
}

describe('requests that did not come through the site', () => {
  it('gives every function the origin secret to check', () => {
    expect(readConfig('origin', system.env).ORIGIN_SECRET?.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a request through the local host, which adds the secret as the distribution does', async () => {
    const response = await fetch(`${system.apiUrl}/rounds/demo`);
    expect(response.status).toBe(200);
  });

  it('replaces an x-origin-verify header the client sent through the site', async () => {
    const response = await fetch(`${system.apiUrl}/rounds/demo`, { headers: { 'x-origin-verify': 'guessed' } });
    expect(response.status).toBe(200);
  });

  it('refuses a public route called past the site with 403 and the bilingual message', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answer = await callPastTheSite('GET', '/rounds/demo');
    expect(answer).toEqual({
      requestId: answer.requestId,
      status: 403,
      body: { error: { code: 'NOT_THROUGH_SITE', message: messages.NOT_THROUGH_SITE }, requestId: answer.requestId },
    });
    expect(JSON.stringify(warnings.mock.calls)).not.toContain(system.env.ORIGIN_SECRET);
  });

  it('refuses a wrong value of the header, without echoing it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const guessed = randomBytes(32).toString('base64url');
    const answer = await callPastTheSite('GET', '/rounds/demo', { originVerify: guessed });
    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).not.toContain(guessed);
  });

  it('lets the same call through once it carries the secret, so the header alone decides', async () => {
    const answer = await callPastTheSite('GET', '/rounds/demo', { originVerify: system.env.ORIGIN_SECRET });
    expect(answer.status).toBe(200);
  });

  it('refuses a staff route called past the site before the token is checked, and audits nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const audit = auditProbe(system);
    const bypassed = await callPastTheSite('GET', '/staff/rounds/demo/applications', {
      headers: { authorization: `Bearer ${bauskaToken}` },
    });
    expect(bypassed.status).toBe(403);
    expect(bypassed.body.error.code).toBe('NOT_THROUGH_SITE');

    const throughSite = await staffClient(system.apiUrl, []).call(
      bauskaToken,
      'GET',
      '/staff/rounds/demo/applications',
    );
    expect(throughSite.status).toBe(200);
    const audited = (await audit.entries()).map((entry) => entry.id);
    expect(audited).toContain(throughSite.requestId);
    expect(audited).not.toContain(bypassed.requestId);
  });
});
