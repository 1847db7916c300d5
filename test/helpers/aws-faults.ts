import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The faults DynamoDB (or the network to it) can produce that DynamoDB Local never does. Each is made where a real
 * one arises: below the SDK's retry and deserializer middleware, as the HTTP answer (or the socket error) of one
 * attempt. So the SDK parses the error body into its own exception classes, and its standard retry strategy
 * decides to retry or not exactly as it would for a real fault.
 */
export type Fault =
  /** TransactWriteItems: TransactionCanceledException, one reason `TransactionConflict`; a single-item write:
   * TransactionConflictException. Reads never conflict, so a read is let through. */
  | 'transaction-conflict'
  /** HTTP 400 throttling errors, which the SDK retries with its slower throttling back-off. */
  | 'provisioned-throughput-exceeded'
  | 'throttling'
  | 'request-limit-exceeded'
  /** HTTP 500 and 503. */
  | 'internal-server-error'
  | 'service-unavailable'
  /** The request never reached DynamoDB: the socket timed out first. */
  | 'timeout'
  /** DynamoDB received the request and stored its writes, then the connection broke before the answer came. */
  | 'answer-lost';

export const FAULTS: readonly Fault[] = [
  'transaction-conflict',
  'provisioned-throughput-exceeded',
  'throttling',
  'request-limit-exceeded',
  'internal-server-error',
  'service-unavailable',
  'timeout',
  'answer-lost',
];

/** One HTTP attempt of the SDK, and what was done to it. */
export interface Attempt {
  /** The DynamoDB operation, e.g. `TransactWriteItems`. */
  operation: string;
  fault: Fault | undefined;
}

/** Which fault (if any) the next attempt gets; `attempt` counts every HTTP attempt since the schedule was set. */
export type FaultSchedule = (attempt: number, operation: string) => Fault | undefined;

/** The n-th attempt gets the n-th fault of the list; `undefined` entries and attempts past the end pass. */
export function faultsInOrder(faults: ReadonlyArray<Fault | undefined>): FaultSchedule {
  return (attempt) => faults[attempt];
}

/** Every attempt of the named operation gets the fault; other operations pass. */
export function always(fault: Fault, operation?: string): FaultSchedule {
  return (_attempt, name) => (operation === undefined || name === operation ? fault : undefined);
}

/** The n-th attempt of the named operation gets the n-th fault of the list; everything else passes. */
export function attemptsOf(operation: string, faults: ReadonlyArray<Fault | undefined>): FaultSchedule {
  let seen = 0;
  return (_attempt, name) => (name === operation ? faults[seen++] : undefined);
}

const MIDDLEWARE_NAME = 'injectedFaults';

interface HttpRequestLike {
  headers: Record<string, string>;
  body?: unknown;
}

/**
 * Adds fault injection to a DynamoDB document client (it shares its middleware stack with the client it wraps).
 * The middleware sits in the `deserialize` step at low priority: innermost, right above the HTTP handler, so
 * every retry of the SDK passes through it again, and what it returns is read by the SDK's own deserializer.
 */
export function injectFaults(client: DynamoDBDocumentClient) {
  let schedule: FaultSchedule = () => undefined;
  let attempts: Attempt[] = [];

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as HttpRequestLike;
      const operation = String(context.commandName ?? '').replace(/Command$/, '');
      const scheduled = schedule(attempts.length, operation);
      const fault = scheduled === 'transaction-conflict' && isRead(operation) ? undefined : scheduled;
      attempts.push({ operation, fault });
      if (fault === undefined) return next(args);
      if (fault === 'timeout') throw socketTimeout();
      if (fault === 'answer-lost') {
        await next(args);
        throw connectionReset();
      }
      return { response: errorResponse(fault, operation, request) } as Awaited<ReturnType<typeof next>>;
    },
    { step: 'deserialize', priority: 'low', name: MIDDLEWARE_NAME, override: true },
  );

  return {
    /** Sets the schedule from the next attempt on, and starts counting attempts from zero. */
    schedule(next: FaultSchedule) {
      schedule = next;
      attempts = [];
    },
    /** No more faults. */
    clear() {
      schedule = () => undefined;
    },
    /** Every attempt since the schedule was set, in order. */
    get attempts(): readonly Attempt[] {
      return attempts;
    },
    /** The attempts that got a fault. */
    get injected(): readonly Attempt[] {
      return attempts.filter((attempt) => attempt.fault !== undefined);
    },
    remove() {
      client.middlewareStack.remove(MIDDLEWARE_NAME);
    },
  };
}

export type FaultInjector = ReturnType<typeof injectFaults>;

function isRead(operation: string): boolean {
  return ['GetItem', 'Query', 'Scan', 'BatchGetItem', 'DescribeTable'].includes(operation);
}

/** What Node's HTTP handler rejects with when the socket times out: the SDK classifies it as transient. */
function socketTimeout(): Error {
  return Object.assign(new Error('socket timed out (injected)'), { name: 'TimeoutError', code: 'ETIMEDOUT' });
}

/** A connection that broke after the request was sent: `socket hang up`, ECONNRESET. */
function connectionReset(): Error {
  return Object.assign(new Error('socket hang up (injected)'), { code: 'ECONNRESET' });
}

/** DynamoDB's error answers as they come over the wire (JSON 1.0 protocol). */
function errorResponse(fault: Exclude<Fault, 'timeout' | 'answer-lost'>, operation: string, request: HttpRequestLike) {
  const body = errorBody(fault, operation, request);
  return {
    statusCode: body.status,
    reason: undefined,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': `injected-${Math.random().toString(36).slice(2)}`,
    },
    body: new TextEncoder().encode(JSON.stringify(body.json)),
  };
}

const DYNAMODB = 'com.amazonaws.dynamodb.v20120810';
const AVAILABILITY = 'com.amazon.coral.availability';

/** The answer DynamoDB gives for each fault that is one plain error: its status, type and message. */
const PLAIN_ERRORS = {
  'provisioned-throughput-exceeded': [
    400,
    `${DYNAMODB}#ProvisionedThroughputExceededException`,
    'The level of configured provisioned throughput for the table was exceeded.',
  ],
  throttling: [400, `${AVAILABILITY}#ThrottlingException`, 'Rate of requests exceeds the allowed throughput.'],
  'request-limit-exceeded': [
    400,
    `${DYNAMODB}#RequestLimitExceeded`,
    'Throughput exceeds the current throughput limit for your account.',
  ],
  'internal-server-error': [500, `${DYNAMODB}#InternalServerError`, 'Internal server error'],
  'service-unavailable': [503, `${AVAILABILITY}#ServiceUnavailableException`, 'Service unavailable'],
} as const satisfies Record<
  Exclude<Fault, 'timeout' | 'answer-lost' | 'transaction-conflict'>,
  readonly [number, string, string]
>;

function errorBody(
  fault: Exclude<Fault, 'timeout' | 'answer-lost'>,
  operation: string,
  request: HttpRequestLike,
): { status: number; json: Record<string, unknown> } {
  if (fault !== 'transaction-conflict') {
    const [status, type, message] = PLAIN_ERRORS[fault];
    return { status, json: { __type: type, message } };
  }
  if (operation !== 'TransactWriteItems') {
    return {
      status: 400,
      json: { __type: `${DYNAMODB}#TransactionConflictException`, message: 'Transaction is ongoing for the item' },
    };
  }
  // One reason per write, as DynamoDB gives them: the conflicting one, and `None` for the others.
  const count = transactItemCount(request);
  const reasons = Array.from({ length: count }, (_, index) =>
    index === 0 ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' },
  );
  return {
    status: 400,
    json: {
      __type: `${DYNAMODB}#TransactionCanceledException`,
      Message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((reason) => reason.Code).join(', ')}]`,
      CancellationReasons: reasons,
    },
  };
}

function transactItemCount(request: HttpRequestLike): number {
  const text = typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body as Uint8Array);
  const parsed = JSON.parse(text) as { TransactItems?: unknown[] };
  return parsed.TransactItems?.length ?? 1;
}
