import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbNotificationLedger } from '../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;
let ledger: DynamoDbNotificationLedger;
let clock = new Date('2019-08-01T07:00:00.000Z');
const NOW = clock;
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
  it('lets the first claim take a notification and refuses the second', async () => {
    const id = nextId();

    await expect(ledger.claim(id)).resolves.toBe('claimed');
    await expect(ledger.claim(id)).resolves.toBe('in-flight');
    expect(await stored(id)).toMatchObject({ state: 'sending', claimedAt: NOW.toISOString() });
  });

  it('lets exactly one of many parallel claims take a notification', async () => {
    const id = nextId();

    const results = await Promise.all(Array.from({ length: 10 }, () => ledger.claim(id)));

    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'in-flight')).toHaveLength(9);
  });

  it('keeps a sent notification from being claimed again', async () => {
    const id = nextId();
    await ledger.claim(id);

    await ledger.markSent(id);

    expect(await stored(id)).toMatchObject({ state: 'sent', sentAt: NOW.toISOString() });
    await expect(ledger.claim(id)).resolves.toBe('sent');
  });

  it('gives a released claim back, so a retry can take it', async () => {
    const id = nextId();
    await ledger.claim(id);

    await ledger.release(id);

    await expect(stored(id)).resolves.toBeUndefined();
    await expect(ledger.claim(id)).resolves.toBe('claimed');
  });

  it('does not release a notification that was already sent', async () => {
    const id = nextId();
    await ledger.claim(id);
    await ledger.markSent(id);

    await ledger.release(id);

    expect(await stored(id)).toMatchObject({ state: 'sent' });
    await expect(ledger.claim(id)).resolves.toBe('sent');
  });

  it('lets a claim left by an attempt that died be taken again once it is stale, and not before', async () => {
    const id = nextId();
    await ledger.claim(id);
    try {
      clock = new Date(NOW.getTime() + 119_000);
      await expect(ledger.claim(id)).resolves.toBe('in-flight');
      clock = new Date(NOW.getTime() + 121_000);
      await expect(ledger.claim(id)).resolves.toBe('claimed');
      expect(await stored(id)).toMatchObject({ state: 'sending', claimedAt: clock.toISOString() });
    } finally {
      clock = NOW;
    }
  });

  it('never takes back a sent notification, however old', async () => {
    const id = nextId();
    await ledger.claim(id);
    await ledger.markSent(id);
    try {
      clock = new Date(NOW.getTime() + 86_400_000);
      await expect(ledger.claim(id)).resolves.toBe('sent');
    } finally {
      clock = NOW;
    }
  });
});
