import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { NotificationLedger } from '../../ports/mailer.ts';
import { keys } from './table-design.ts';

/**
 * A send takes seconds and a function times out after 10 s, so a claim still `sending` after two minutes was
 * left by an attempt that died: it is taken again rather than blocking the e-mail for ever.
 */
const STALE_CLAIM_MS = 2 * 60 * 1000;

/**
 * The notification ledger as items of the one table. A conditional put is the lock: of any number of replays
 * of one stream record, exactly one takes the notification.
 */
export class DynamoDbNotificationLedger implements NotificationLedger {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #now: () => Date;

  /** @param now The clock for the claim and sent times. @default () => new Date() */
  constructor(client: DynamoDBDocumentClient, tableName: string, now: () => Date = () => new Date()) {
    this.#client = client;
    this.#tableName = tableName;
    this.#now = now;
  }

  async claim(notificationId: string): Promise<'claimed' | 'sent' | 'in-flight'> {
    const now = this.#now();
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...keys.notification(notificationId), state: 'sending', claimedAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending AND claimedAt < :staleBefore)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':sending': 'sending',
            ':staleBefore': new Date(now.getTime() - STALE_CLAIM_MS).toISOString(),
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const held = (error as { Item?: Record<string, { S?: string }> }).Item;
      return held?.state?.S === 'sent' ? 'sent' : 'in-flight';
    }
  }

  async markSent(notificationId: string): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: keys.notification(notificationId),
        UpdateExpression: 'SET #state = :sent, sentAt = :now',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sent': 'sent', ':now': this.#now().toISOString() },
      }),
    );
  }

  /** Only a claim still `sending` is given back: a notification marked sent stays sent. */
  async release(notificationId: string): Promise<void> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: keys.notification(notificationId),
          ConditionExpression: '#state = :sending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending' },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
