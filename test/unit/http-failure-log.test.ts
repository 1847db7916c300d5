import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, ServiceUnavailableError } from '../../shared/domain/errors.ts';
import { httpHandler } from '../../shared/http/http-handler.ts';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const body = JSON.stringify({ person: { firstName: 'Anna', lastName: 'Bērziņa', personalCode: '161175-19997' } });

/** A request whose body is full of personal data, as an applicant sends it. */
const event = {
  version: '2.0',
  routeKey: 'POST /rounds/{roundId}/applications',
  rawPath: '/rounds/demo/applications',
  rawQueryString: '',
  headers: { 'content-type': 'application/json', 'x-access-code': 'ABCDE-23456' },
  pathParameters: { roundId: 'demo' },
  requestContext: { requestId: 'req-5xx', timeEpoch: Date.parse('2019-08-01T06:00:00Z') },
  body,
  isBase64Encoded: false,
} as unknown as APIGatewayProxyEventV2;

const context = { awsRequestId: 'lambda-req', functionName: 'create-application' } as Context;

function failingWith(error: Error): Handler {
  return httpHandler(async () => {
    throw error;
  }) as unknown as Handler;
}

function watchLogs() {
  const spies = (['log', 'warn', 'error', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => {}),
  );
  return () => spies.flatMap((spy) => spy.mock.calls.map(([line]) => JSON.parse(String(line))));
}

describe('a function that fails on our side', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs an unexpected error with the request id, its name and its message, and never the request', async () => {
    const logged = watchLogs();
    const answer = await failingWith(new TypeError('Cannot read properties of undefined'))(event, context);

    expect(answer.statusCode).toBe(500);
    expect(logged()).toEqual([
      expect.objectContaining({
        level: 'error',
        requestId: 'req-5xx',
        error: expect.objectContaining({ name: 'TypeError', message: 'Cannot read properties of undefined' }),
      }),
    ]);
    const everything = JSON.stringify(logged());
    for (const sent of ['Anna', 'Bērziņa', '161175-19997', 'ABCDE-23456']) expect(everything).not.toContain(sent);
  });

  it('logs a busy data store with the request id, its name and message, and its cause by name only', async () => {
    const logged = watchLogs();
    const cause = Object.assign(new Error('Throughput exceeded for table intake-prod'), {
      name: 'ProvisionedThroughputExceededException',
    });
    const answer = await failingWith(new ServiceUnavailableError({ cause }))(event, context);

    expect(answer.statusCode).toBe(503);
    expect(logged()).toEqual([
      expect.objectContaining({
        level: 'warn',
        requestId: 'req-5xx',
        error: {
          name: 'ServiceUnavailableError',
          message: 'SERVICE_BUSY',
          cause: 'ProvisionedThroughputExceededException',
        },
      }),
    ]);
    expect(JSON.stringify(logged())).not.toContain('intake-prod');
  });

  it('logs nothing for a refusal, which the answer itself explains', async () => {
    const logged = watchLogs();
    const answer = await failingWith(new ConflictError('APPLICATION_CHANGED'))(event, context);

    expect(answer.statusCode).toBe(409);
    expect(logged()).toEqual([]);
  });
});
