import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbNotificationLedger } from '../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;
let ledger: DynamoDbNotificationLedger;
const NOW = new Date('2019-08-01T07:00:00.000Z');
let clock = NOW;
let idCount = 0;
const nextId = () => `TEST-${++idCount}#receipt#applicant`;

beforeAll(async () => {
  aws = await startLocalAws();
  ledger = new DynamoDbNotificationLedger(aws.clients.documentClient, aws.tableName, () => clock);
});
afterAll(() => aws?.stop());

async function stored(notificationId: string) {
  const { Item } = await aws.clients.documentClient.send(
    new GetCommand({ TableName: aws.tableName, Key: keys.notification(notificationId), ConsistentRead: true }),
  );
  return Item;
}

describe('DynamoDbNotificationLedger', () => {
  it('lets the first claim take a notification, recording which attempt holds it', async () => {
    const id = nextId();

    await expect(ledger.claim(id, 'attempt-1')).resolves.toBe('claimed');
    expect(await stored(id)).toMatchObject({ state: 'sending', claimedBy: 'attempt-1', claimedAt: NOW.toISOString() });
  });

  it('gives the same attempt its own claim again, as when the SDK retries a put whose answer was lost', async () => {
    const id = nextId();
    await ledger.claim(id, 'attempt-1');

    await expect(ledger.claim(id, 'attempt-1')).resolves.toBe('claimed');
  });

  it('lets the next attempt take over at once a claim left by an attempt that died', async () => {
    const id = nextId();
    await ledger.claim(id, 'attempt-1');

    await expect(ledger.claim(id, 'attempt-2')).resolves.toBe('taken-over');
    expect(await stored(id)).toMatchObject({ state: 'sending', claimedBy: 'attempt-2' });
  });

  it('takes over a claim written before claims named their attempt', async () => {
    const id = nextId();
    await aws.clients.documentClient.send(
      new PutCommand({
        TableName: aws.tableName,
        Item: { ...keys.notification(id), state: 'sending', claimedAt: NOW.toISOString() },
      }),
    );

    await expect(ledger.claim(id, 'attempt-2')).resolves.toBe('taken-over');
    await expect(ledger.claim(id, 'attempt-3')).resolves.toBe('taken-over');
  });

  it('lets exactly one of many parallel claims take a new notification', async () => {
    const id = nextId();

    const results = await Promise.all(Array.from({ length: 10 }, (_, index) => ledger.claim(id, `attempt-${index}`)));

    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'sent')).toHaveLength(0);
  });

  it('keeps a sent notification from being claimed again, by any attempt, however late', async () => {
    const id = nextId();
    await ledger.claim(id, 'attempt-1');

    await ledger.markSent(id);

    expect(await stored(id)).toMatchObject({ state: 'sent', sentAt: NOW.toISOString() });
    await expect(ledger.claim(id, 'attempt-1')).resolves.toBe('sent');
    try {
      clock = new Date(NOW.getTime() + 86_400_000);
      await expect(ledger.claim(id, 'attempt-2')).resolves.toBe('sent');
    } finally {
      clock = NOW;
    }
  });

  it('gives a released claim back, so a retry takes it as new', async () => {
    const id = nextId();
    await ledger.claim(id, 'attempt-1');

    await ledger.release(id, 'attempt-1');

    await expect(stored(id)).resolves.toBeUndefined();
    await expect(ledger.claim(id, 'attempt-2')).resolves.toBe('claimed');
  });

  it('does not release a claim another attempt has taken over, nor a notification already sent', async () => {
    const taken = nextId();
    await ledger.claim(taken, 'attempt-1');
    await ledger.claim(taken, 'attempt-2');
    const sent = nextId();
    await ledger.claim(sent, 'attempt-1');
    await ledger.markSent(sent);

    await ledger.release(taken, 'attempt-1');
    await ledger.release(sent, 'attempt-1');

    expect(await stored(taken)).toMatchObject({ state: 'sending', claimedBy: 'attempt-2' });
    expect(await stored(sent)).toMatchObject({ state: 'sent' });
  });
});
