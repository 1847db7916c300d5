import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHandler } from '../../functions/send-notifications.ts';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import type { Ports } from '../../shared/ports/index.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { SelectionOutcome } from '../../shared/schemas/review.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';
import { type Fault, notificationPorts } from '../fixtures/notification-ports.ts';

/** The ports the consumer gets, made afresh by each test. */
const current = { ports: undefined as unknown as Ports };
const handler = makeHandler(async () => current.ports);

function application(reference: string, email: string, changes: Partial<Application> = {}): Application {
  return submittedApplication({ reference, contact: { email, language: 'lv' }, ...changes });
}

const waitlisted: SelectionOutcome = {
  runId: 'a1b2c3d4e5f6a7b8c9d0',
  outcome: 'waitlisted',
  rank: 12,
  position: 2,
  publishedAt: '2019-09-02T09:00:00.000Z',
};

function record(sequenceNumber: string, before: Application | undefined, after: Application): DynamoDBRecord {
  const image = (app: Application) => marshall(toItem(app), { removeUndefinedValues: true }) as never;
  return {
    eventName: before ? 'MODIFY' : 'INSERT',
    dynamodb: {
      SequenceNumber: sequenceNumber,
      Keys: image(after),
      ...(before && { OldImage: image(before) }),
      NewImage: image(after),
    },
  };
}

const batch = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

/** The Lambda context of one invocation: its request id and how long it has left. */
function invocation(requestId: string, remainingMs: () => number = () => 10_000): Context {
  return { awsRequestId: requestId, getRemainingTimeInMillis: remainingMs } as Context;
}

/** A submission with a representative: two receipts, the representative's first. */
const submission = record(
  '100',
  application('KDMA-4728', 'first@example.lv', { status: 'draft', representative: guardian }),
  application('KDMA-4728', 'first@example.lv', { representative: guardian }),
);
/** A place offered after someone withdrew: the stream's own result e-mail (the publication job sends the rest). */
const offered: SelectionOutcome = {
  ...waitlisted,
  outcome: 'selected',
  rank: 10,
  position: undefined,
  offeredAt: '2019-10-01T07:00:00.000Z',
};
const publication = record(
  '200',
  application('KDMA-4729', 'second@example.lv', { selection: waitlisted }),
  application('KDMA-4729', 'second@example.lv', { selection: offered }),
);
const movedUp = record(
  '300',
  application('KDMA-4729', 'second@example.lv', { selection: waitlisted }),
  application('KDMA-4729', 'second@example.lv', { selection: { ...waitlisted, position: 1 } }),
);
/** A result first recorded by the publication job: it e-mails that one itself, paced. */
const firstResult = record(
  '250',
  application('KDMA-4737', 'fourth@example.lv'),
  application('KDMA-4737', 'fourth@example.lv', { selection: waitlisted }),
);
const laterSubmission = record(
  '400',
  application('KDMA-4736', 'third@example.lv', { status: 'draft' }),
  application('KDMA-4736', 'third@example.lv'),
);

let errors: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeAll(() => vi.stubEnv('PUBLIC_WEB_URL', 'https://apply.example.lv'));
afterAll(() => vi.unstubAllEnvs());
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

const logged = () => errors.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);

describe('the notification stream consumer', () => {
  it('sends a receipt and an offered place from the same batch, and nothing for a first result or a waiting-list number that moved', async () => {
    const fake = notificationPorts();
    current.ports = fake.ports;
    expect(await handler(batch(submission, publication, firstResult, movedUp), invocation('request-1'))).toEqual({
      batchItemFailures: [],
    });
    expect(fake.sent.map((message) => [message.to, message.subject])).toEqual([
      [['janis@example.lv'], 'Pieteikums saņemts: KDMA-4728'],
      [['first@example.lv'], 'Pieteikums saņemts: KDMA-4728'],
      [['second@example.lv'], 'Piedāvājam vietu: KDMA-4729'],
    ]);
  });

  it('sends every other e-mail of the batch when one fails, and reports only the failed record', async () => {
    const fake = notificationPorts({
      faults: [{ step: 'send', when: 'before', how: 'throw', reference: 'KDMA-4728', recipient: 'representative' }],
    });
    current.ports = fake.ports;
    expect(await handler(batch(submission, publication, laterSubmission), invocation('request-1'))).toEqual({
      batchItemFailures: [{ itemIdentifier: '100' }],
    });
    expect(fake.sent.map((message) => message.to)).toEqual([
      ['first@example.lv'],
      ['second@example.lv'],
      ['third@example.lv'],
    ]);
    expect(logged()).toEqual([
      { level: 'error', event: 'receipt-not-sent', sequenceNumber: '100', name: 'EmailsNotSent', causes: ['Error'] },
    ]);

    // Lambda delivers again from the earliest failed record: only the missing e-mail goes out.
    expect(await handler(batch(submission, publication, laterSubmission), invocation('request-2'))).toEqual({
      batchItemFailures: [],
    });
    expect(fake.sent.map((message) => message.to)).toEqual([
      ['first@example.lv'],
      ['second@example.lv'],
      ['third@example.lv'],
      ['janis@example.lv'],
    ]);
  });

  it('reports every failed record, and a later change of the same application waits for the earlier one', async () => {
    const fake = notificationPorts({
      faults: [
        { step: 'send', when: 'before', how: 'throw', reference: 'KDMA-4728', recipient: 'representative' },
        { step: 'read', when: 'before', how: 'throw', reference: 'KDMA-4736', recipient: 'applicant' },
      ],
    });
    current.ports = fake.ports;
    const resultOfFirst = record(
      '150',
      application('KDMA-4728', 'first@example.lv', { representative: guardian }),
      application('KDMA-4728', 'first@example.lv', { representative: guardian, selection: offered }),
    );
    const answer = await handler(batch(submission, resultOfFirst, publication, laterSubmission), invocation('r-1'));
    expect(answer).toEqual({
      batchItemFailures: [{ itemIdentifier: '100' }, { itemIdentifier: '150' }, { itemIdentifier: '400' }],
    });
    expect(fake.sent.map((message) => message.subject)).toEqual([
      'Pieteikums saņemts: KDMA-4728',
      'Piedāvājam vietu: KDMA-4729',
    ]);
  });

  it('fails only the record whose stored image cannot be read', async () => {
    const fake = notificationPorts();
    current.ports = fake.ports;
    const unreadable = record('050', undefined, application('KDMA-4727', 'zero@example.lv'));
    (unreadable.dynamodb?.NewImage as Record<string, unknown>).status = { S: 'no-such-status' };
    expect(await handler(batch(unreadable, publication), invocation('request-1'))).toEqual({
      batchItemFailures: [{ itemIdentifier: '050' }],
    });
    expect(fake.sent.map((message) => message.to)).toEqual([['second@example.lv']]);
  });

  it('reports the records it has no time left to start, rather than being cut off by the timeout', async () => {
    const fake = notificationPorts();
    current.ports = fake.ports;
    let remaining = 3_000;
    const answer = await handler(
      batch(submission, publication),
      invocation('request-1', () => (remaining -= 1_000)),
    );
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '200' }] });
    expect(fake.sent.map((message) => message.to)).toEqual([['janis@example.lv'], ['first@example.lv']]);
  });

  it('says once, as a warning, from which record on it had no time left, since those are delivered again', async () => {
    const fake = notificationPorts();
    current.ports = fake.ports;
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let remaining = 3_000;
    const answer = await handler(
      batch(submission, publication, laterSubmission),
      invocation('request-1', () => (remaining -= 1_000)),
    );
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '200' }, { itemIdentifier: '400' }] });
    expect(logged()).toEqual([]);
    expect(warnings.mock.calls.map(([line]) => JSON.parse(String(line)))).toEqual([
      { level: 'warn', event: 'notifications-not-tried', reason: 'time-up', from: '200', records: 2 },
    ]);
    warnings.mockRestore();
  });
});

/** How long Lambda waits before delivering the failed part of a batch again (a model: it retries promptly). */
const RETRY_DELAY_MS = 1_000;
/** The event source mapping's retry attempts (infra/constructs/table-stream-subscription.ts). */
const RETRY_ATTEMPTS = 5;

interface Delivered {
  invocations: number;
  /** Records given up on after the last retry: what Lambda puts in the failure queue. */
  failureQueue: string[];
}

/**
 * Lambda's event source mapping for one shard, on a fake clock: invokes the consumer with the batch; when it
 * reports failures, delivers the batch again from the earliest one after RETRY_DELAY_MS, as a new invocation;
 * when the invocation dies, delivers the whole batch again. After RETRY_ATTEMPTS retries the earliest failed record
 * goes to the failure queue and delivery goes on after it.
 */
async function deliverLikeLambda(
  records: DynamoDBRecord[],
  clock: { now: number },
  died: { next: Promise<'died'>; reset(): void },
): Promise<Delivered> {
  const failureQueue: string[] = [];
  let pending = records;
  let invocations = 0;
  let retries = 0;
  while (pending.length > 0) {
    invocations += 1;
    const answer: DynamoDBBatchResponse | 'died' = await Promise.race([
      handler(batch(...pending), invocation(`request-${invocations}`)),
      died.next,
    ]);
    died.reset();
    const sequenceNumbers = pending.map((item) => item.dynamodb?.SequenceNumber);
    const failedAt =
      answer === 'died'
        ? 0
        : Math.min(
            ...answer.batchItemFailures.map((failure) => sequenceNumbers.indexOf(failure.itemIdentifier)),
            Infinity,
          );
    if (failedAt === Infinity) break;
    if (retries === RETRY_ATTEMPTS) {
      failureQueue.push(sequenceNumbers[failedAt] as string);
      pending = pending.slice(failedAt + 1);
      retries = 0;
      continue;
    }
    retries += 1;
    clock.now += RETRY_DELAY_MS;
    pending = pending.slice(failedAt);
  }
  return { invocations, failureQueue };
}

/** A promise that settles when a `die` fault strikes, made afresh for each invocation. */
function deathSignal() {
  let signal!: () => void;
  const made = () => new Promise<'died'>((resolve) => (signal = () => resolve('died')));
  const died = { next: made(), reset: () => (died.next = made()), die: () => signal() };
  return died;
}

const STUCK = { reference: 'KDMA-4728', recipient: 'representative' } as const;
/**
 * How often the stuck e-mail (the representative's receipt) and the other e-mail of its receipt (the person's)
 * go out. The two are recorded in one write after both are sent, so an attempt that dies between sending and
 * recording sends both again.
 */
const crashes: Array<[string, Omit<Fault, keyof typeof STUCK>, { stuck: number; sameReceipt: number }]> = [
  ['the ledger cannot be read', { step: 'read', when: 'before', how: 'throw' }, { stuck: 1, sameReceipt: 1 }],
  ['the process dies reading the ledger', { step: 'read', when: 'before', how: 'die' }, { stuck: 1, sameReceipt: 1 }],
  ['SES refuses the e-mail', { step: 'send', when: 'before', how: 'throw' }, { stuck: 1, sameReceipt: 1 }],
  ['SES sends it but the answer is lost', { step: 'send', when: 'after', how: 'throw' }, { stuck: 2, sameReceipt: 1 }],
  [
    'the process dies while sending, before SES has it',
    { step: 'send', when: 'before', how: 'die' },
    { stuck: 1, sameReceipt: 1 },
  ],
  [
    'the process dies while sending, after SES has it',
    { step: 'send', when: 'after', how: 'die' },
    { stuck: 2, sameReceipt: 1 },
  ],
  ['it cannot be recorded', { step: 'record', when: 'before', how: 'throw' }, { stuck: 1, sameReceipt: 1 }],
  [
    'it is recorded but the answer is lost',
    { step: 'record', when: 'after', how: 'throw' },
    { stuck: 1, sameReceipt: 1 },
  ],
  [
    'the process dies after sending, before recording it',
    { step: 'record', when: 'before', how: 'die' },
    { stuck: 2, sameReceipt: 2 },
  ],
  [
    'the process dies while recording it, after the write',
    { step: 'record', when: 'after', how: 'die' },
    { stuck: 1, sameReceipt: 1 },
  ],
];

describe('a crash at any step of one e-mail', () => {
  const delays: string[] = [];
  afterAll(() => {
    console.log(`Longest delay one stuck e-mail caused the other changes of its batch:\n${delays.join('\n')}`);
  });

  it.each(crashes)(
    '%s: it goes out once or twice, never zero, and the others without waiting',
    async (name, fault, expected) => {
      const clock = { now: 0 };
      const died = deathSignal();
      const fake = notificationPorts({ faults: [{ ...fault, ...STUCK }], onDeath: died.die, now: () => clock.now });
      current.ports = fake.ports;

      const delivered = await deliverLikeLambda([submission, publication, laterSubmission], clock, died);

      expect(fake.faultsLeft).toEqual([]);
      expect(delivered.failureQueue).toEqual([]);
      const to = (address: string) => fake.sent.filter((message) => message.to[0] === address);
      expect(to('janis@example.lv')).toHaveLength(expected.stuck);
      expect(to('first@example.lv')).toHaveLength(expected.sameReceipt);
      for (const other of ['second@example.lv', 'third@example.lv']) expect(to(other)).toHaveLength(1);
      const others = fake.sent.filter((message) => message.about.reference !== STUCK.reference);
      const longestDelay = Math.max(...others.map((message) => message.at));
      // An e-mail that fails holds up no other change's; a process that dies takes the rest of its batch with it
      // until Lambda's next delivery, which sends them at once. (A ledger that cannot be read holds up the other
      // e-mail of the same receipt too: nothing can be decided for it.)
      expect(longestDelay).toBe(fault.how === 'die' ? RETRY_DELAY_MS : 0);
      delays.push(
        `  ${name}: ${longestDelay} ms (${delivered.invocations} invocations; stuck e-mail sent ${to('janis@example.lv').length}×)`,
      );
    },
  );

  it('sends it at most twice when Lambda runs the same batch twice at the same time', async () => {
    const fake = notificationPorts();
    current.ports = fake.ports;
    const records = [submission, publication, laterSubmission];
    await Promise.all([
      handler(batch(...records), invocation('request-1')),
      handler(batch(...records), invocation('request-2')),
    ]);
    for (const address of ['janis@example.lv', 'first@example.lv', 'second@example.lv', 'third@example.lv']) {
      const times = fake.sent.filter((message) => message.to[0] === address).length;
      expect(times).toBeGreaterThanOrEqual(1);
      expect(times).toBeLessThanOrEqual(2);
    }
  });
});
