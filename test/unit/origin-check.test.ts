import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { readConfig } from '../../shared/config.ts';
import { messages } from '../../shared/http/messages.ts';

const SECRET = 'kP3vY8sQ2mW7xR4tN9bL6cF1hJ5dG0zA';
const ARN = 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:Intake-test-Api/origin-verify-AbCdEf';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** A partial event: what a direct invocation may carry, down to no headers at all. */
function event(headers?: Record<string, string>): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'GET /rounds/{roundId}',
    rawPath: '/rounds/demo',
    rawQueryString: '',
    ...(headers && { headers }),
    pathParameters: { roundId: 'demo' },
    requestContext: { requestId: 'req-origin', timeEpoch: Date.parse('2019-08-01T06:00:00Z') },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

const context = { awsRequestId: 'lambda-req', functionName: 'get-round' } as Context;

/**
 * A fresh process as Lambda starts it: the environment set first, then the function's modules imported, so the
 * secret is read as on a cold start.
 */
async function coldStart(env: { ORIGIN_SECRET?: string; ORIGIN_SECRET_ARN?: string }) {
  vi.resetModules();
  vi.stubEnv('ORIGIN_SECRET', env.ORIGIN_SECRET);
  vi.stubEnv('ORIGIN_SECRET_ARN', env.ORIGIN_SECRET_ARN);
  vi.stubEnv('AWS_REGION', 'eu-north-1');
  const { httpHandler } = await import('../../shared/http/http-handler.ts');
  const handle = vi.fn(async () => ({ statusCode: 200, body: '{"ok":true}' }));
  return { handler: httpHandler(handle) as unknown as Handler, handle };
}

let logs: MockInstance[] = [];
function watchLogs() {
  logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation(() => {}),
  );
}
const logged = () => logs.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' '))).join('\n');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.doUnmock('../../shared/adapters/secrets/secrets-manager-secret.ts');
  // The files of the unit suite share one module registry: the next one must not get a module that read a secret.
  vi.resetModules();
});

describe('the origin check of every HTTP function', () => {
  beforeEach(watchLogs);

  it('lets a request with the right value through to the function', async () => {
    const { handler, handle } = await coldStart({ ORIGIN_SECRET: SECRET });
    const answer = await handler(event({ 'x-origin-verify': SECRET }), context);
    expect(answer.statusCode).toBe(200);
    expect(handle).toHaveBeenCalledOnce();
  });

  it.each([
    ['no header', {}],
    ['no headers at all', undefined],
    ['a wrong value of the same length', { 'x-origin-verify': `${SECRET.slice(0, -1)}B` }],
    ['a shorter value', { 'x-origin-verify': SECRET.slice(0, 16) }],
    ['a longer value', { 'x-origin-verify': `${SECRET}${SECRET}` }],
    ['an empty value', { 'x-origin-verify': '' }],
    ['the value twice, as a repeated header arrives', { 'x-origin-verify': `${SECRET},${SECRET}` }],
  ])('refuses %s with 403 and the bilingual error, before the function runs', async (_, headers) => {
    const { handler, handle } = await coldStart({ ORIGIN_SECRET: SECRET });
    const answer = await handler(event(headers), context);
    expect(answer.statusCode).toBe(403);
    expect(JSON.parse(answer.body ?? '{}')).toEqual({
      error: { code: 'NOT_THROUGH_SITE', message: messages.NOT_THROUGH_SITE },
      requestId: 'req-origin',
    });
    expect(handle).not.toHaveBeenCalled();
  });

  it('says in both languages to use the site’s address', () => {
    expect(messages.NOT_THROUGH_SITE.en).toMatch(/^Use the site’s address\./);
    expect(messages.NOT_THROUGH_SITE.lv).toMatch(/^Izmantojiet vietnes adresi\./);
  });

  it('never puts the expected or the sent value in the answer or the log', async () => {
    const sent = 'sent-value-that-must-not-be-logged-0123456789';
    const { handler } = await coldStart({ ORIGIN_SECRET: SECRET });
    const answers = [
      await handler(event({ 'x-origin-verify': sent }), context),
      await handler(event({ 'x-origin-verify': SECRET.slice(0, 20) }), context),
    ];
    const everything = `${JSON.stringify(answers)}\n${logged()}`;
    expect(everything).not.toContain(sent);
    expect(everything).not.toContain(SECRET.slice(0, 20));
    expect(logged()).toContain('NOT_THROUGH_SITE');
  });

  it('is off when neither ORIGIN_SECRET nor ORIGIN_SECRET_ARN is set', async () => {
    const { handler, handle } = await coldStart({});
    expect((await handler(event({}), context)).statusCode).toBe(200);
    expect(handle).toHaveBeenCalledOnce();
  });

  it('reads the secret by its ARN once per cold start, and not before the first request', async () => {
    const fetchSecretValue = vi.fn(async () => SECRET);
    vi.doMock('../../shared/adapters/secrets/secrets-manager-secret.ts', () => ({ fetchSecretValue }));
    const { handler } = await coldStart({ ORIGIN_SECRET_ARN: ARN });
    expect(fetchSecretValue).not.toHaveBeenCalled();
    expect((await handler(event({ 'x-origin-verify': SECRET }), context)).statusCode).toBe(200);
    expect((await handler(event({}), context)).statusCode).toBe(403);
    expect((await handler(event({ 'x-origin-verify': SECRET }), context)).statusCode).toBe(200);
    expect(fetchSecretValue).toHaveBeenCalledOnce();
    expect(fetchSecretValue).toHaveBeenCalledWith(ARN, 'eu-north-1');
  });

  it('answers 500 while the secret cannot be read, and reads it again on the next request', async () => {
    const fetchSecretValue = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('Secrets Manager did not answer'))
      .mockResolvedValue(SECRET);
    vi.doMock('../../shared/adapters/secrets/secrets-manager-secret.ts', () => ({ fetchSecretValue }));
    const { handler, handle } = await coldStart({ ORIGIN_SECRET_ARN: ARN });
    expect((await handler(event({ 'x-origin-verify': SECRET }), context)).statusCode).toBe(500);
    expect(handle).not.toHaveBeenCalled();
    expect((await handler(event({ 'x-origin-verify': SECRET }), context)).statusCode).toBe(200);
    expect(fetchSecretValue).toHaveBeenCalledTimes(2);
  });

  it('refuses a staff request before its token is read or anything is audited', async () => {
    vi.resetModules();
    vi.stubEnv('ORIGIN_SECRET', SECRET);
    const composition = await import('../../shared/composition.ts');
    const getPorts = vi.spyOn(composition, 'getPorts');
    const { staffHandler } = await import('../../shared/http/staff-handler.ts');
    const handle = vi.fn();
    const handler = staffHandler({ access: 'staff', action: 'queue.read' }, handle) as unknown as Handler;
    const answer = await handler(event({ authorization: 'Bearer not-even-a-token' }), context);
    expect(answer.statusCode).toBe(403);
    expect(JSON.parse(answer.body ?? '{}').error.code).toBe('NOT_THROUGH_SITE');
    expect(getPorts).not.toHaveBeenCalled();
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('the origin configuration', () => {
  it('takes the value itself (local host) or the ARN of its secret (AWS), or nothing', () => {
    expect(readConfig('origin', { ORIGIN_SECRET: SECRET })).toEqual({ ORIGIN_SECRET: SECRET });
    expect(readConfig('origin', { ORIGIN_SECRET_ARN: ARN })).toEqual({ ORIGIN_SECRET_ARN: ARN });
    expect(readConfig('origin', {})).toEqual({});
  });

  it('refuses a value shorter than 32 characters, a malformed ARN, or both at once, naming the variable', () => {
    expect(() => readConfig('origin', { ORIGIN_SECRET: SECRET.slice(0, 31) })).toThrow(
      /ORIGIN_SECRET: must be at least 32 characters/,
    );
    expect(() => readConfig('origin', { ORIGIN_SECRET: '' })).toThrow(/ORIGIN_SECRET/);
    expect(() => readConfig('origin', { ORIGIN_SECRET_ARN: 'origin-verify' })).toThrow(/ORIGIN_SECRET_ARN/);
    expect(() => readConfig('origin', { ORIGIN_SECRET: SECRET, ORIGIN_SECRET_ARN: ARN })).toThrow(
      /ORIGIN_SECRET or ORIGIN_SECRET_ARN, not both/,
    );
  });
});
