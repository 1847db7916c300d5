import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemSizeBytes } from '../../bench/item-size.ts';
import { DynamoDbNotificationLedger } from '../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

let aws: LocalAws;
let ledger: DynamoDbNotificationLedger;
const NOW = new Date('2019-08-01T07:00:00.000Z');
let idCount = 0;
const nextId = () => `TEST-${++idCount}#receipt`;

beforeAll(async () => {
  aws = await startLocalAws();
  ledger = new DynamoDbNotificationLedger(aws.clients.documentClient, aws.tableName, () => NOW);
});
afterAll(() => aws?.stop());

async function stored(notificationId: string) {
  const { Item } = await aws.clients.documentClient.send(
    new GetCommand({ TableName: aws.tableName, Key: keys.notification(notificationId), ConsistentRead: true }),
  );
  return Item;
}

describe('DynamoDbNotificationLedger', () => {
  it('records every recipient of a notification in one small item, with when and by which attempt', async () => {
    const id = nextId();

    await ledger.recordSent(id, ['representative', 'applicant'], 'attempt-1');

    const item = (await stored(id)) ?? {};
    expect(item).toMatchObject({ sentAt: NOW.toISOString(), sentBy: 'attempt-1' });
    expect([...(item.sentTo as Set<string>)].sort()).toEqual(['applicant', 'representative']);
    // Under 1 KB: one write unit for the whole receipt, however many recipients.
    expect(itemSizeBytes(item)).toBeLessThan(1024);
  });

  it('adds recipients recorded by a later attempt to those recorded before', async () => {
    const id = nextId();
    await ledger.recordSent(id, ['applicant'], 'attempt-1');

    await ledger.recordSent(id, ['representative'], 'attempt-2');

    await expect(ledger.sentTo(id).then((roles) => roles.sort())).resolves.toEqual(['applicant', 'representative']);
  });

  it('knows of no recipient before anything is recorded, and writes nothing for no recipient', async () => {
    const id = nextId();

    await ledger.recordSent(id, [], 'attempt-1');

    await expect(ledger.sentTo(id)).resolves.toEqual([]);
    await expect(stored(id)).resolves.toBeUndefined();
  });
});
