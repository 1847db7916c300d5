import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import type { Ports } from '../../shared/ports/index.ts';
import type { EmailMessage } from '../../shared/ports/mailer.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { SelectionOutcome } from '../../shared/schemas/review.ts';
import { submittedApplication } from '../fixtures/applications.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';

/** The consumer's ports: a ledger in a Map and a mailer that records, or fails for the addresses listed. */
const fake = vi.hoisted(() => ({
  ledger: new Map<string, 'sending' | 'sent'>(),
  sent: [] as Array<{ to: readonly string[]; subject: string }>,
  failFor: new Set<string>(),
}));

vi.mock('../../shared/composition.ts', () => ({
  getPorts: async () =>
    ({
      rounds: { get: async () => pilotLikeRound },
      keyring: { accessCode: () => 'ABCDE-23456' },
      mailer: {
        send: async (message: EmailMessage) => {
          if (message.to.some((address) => fake.failFor.has(address))) throw new Error('SES is down');
          fake.sent.push({ to: message.to, subject: message.subject });
        },
      },
      notifications: {
        claim: async (id: string) => {
          const held = fake.ledger.get(id);
          if (held) return held === 'sent' ? 'sent' : 'in-flight';
          fake.ledger.set(id, 'sending');
          return 'claimed';
        },
        markSent: async (id: string) => void fake.ledger.set(id, 'sent'),
        release: async (id: string) => void fake.ledger.delete(id),
      },
    }) as unknown as Ports,
}));

const { handler } = await import('../../functions/send-notifications.ts');

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

const submission = record(
  '100',
  application('KDMA-4728', 'first@example.lv', { status: 'draft' }),
  application('KDMA-4728', 'first@example.lv'),
);
const publication = record(
  '200',
  application('KDMA-4729', 'second@example.lv'),
  application('KDMA-4729', 'second@example.lv', { selection: waitlisted }),
);
const movedUp = record(
  '300',
  application('KDMA-4729', 'second@example.lv', { selection: waitlisted }),
  application('KDMA-4729', 'second@example.lv', { selection: { ...waitlisted, position: 1 } }),
);

describe('the notification stream consumer', () => {
  beforeAll(() => vi.stubEnv('PUBLIC_WEB_URL', 'https://apply.example.lv'));
  afterAll(() => vi.unstubAllEnvs());
  beforeEach(() => {
    fake.ledger.clear();
    fake.sent.length = 0;
    fake.failFor.clear();
  });

  it('sends a receipt and a result from the same batch, and nothing for a waiting-list number that moved', async () => {
    expect(await handler(batch(submission, publication, movedUp))).toEqual({ batchItemFailures: [] });
    expect(fake.sent).toEqual([
      { to: ['first@example.lv'], subject: 'Pieteikums saņemts: KDMA-4728' },
      { to: ['second@example.lv'], subject: 'Atlases rezultāts: KDMA-4729' },
    ]);
  });

  it('hands the batch back from the record whose e-mail failed, and the retry sends only what is missing', async () => {
    fake.failFor.add('second@example.lv');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await handler(batch(submission, publication, movedUp))).toEqual({
      batchItemFailures: [{ itemIdentifier: '200' }],
    });
    expect(log.mock.calls.map(([line]) => JSON.parse(String(line)).event)).toEqual(['result-not-sent']);
    log.mockRestore();
    expect(fake.sent.map((message) => message.to)).toEqual([['first@example.lv']]);

    fake.failFor.clear();
    expect(await handler(batch(publication, movedUp))).toEqual({ batchItemFailures: [] });
    expect(await handler(batch(submission, publication))).toEqual({ batchItemFailures: [] });
    expect(fake.sent.map((message) => message.to)).toEqual([['first@example.lv'], ['second@example.lv']]);
  });
});
