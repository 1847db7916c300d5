import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ClaimResult, NotificationLedger } from '../../ports/mailer.ts';
import { keys } from './table-design.ts';
import { isConditionFailure } from './write-refusals.ts';

/**
 * The notification ledger as items of the one table: `sending` with the attempt that claimed it, then `sent`.
 *
 * Why a claim held by another attempt is taken over at once, and not after a time: the e-mails are sent by the
 * consumer of the table's stream, and Lambda's event source mapping hands one shard's batches to one invocation
 * after another. When a change is delivered again, the invocation that claimed its e-mail is over: it returned
 * (reporting the record failed), threw, or timed out. Waiting for its claim to go stale would only hold the
 * shard back, and with a bounded number of retries could even send the record to the failure queue unsent.
 * AWS Powertools' idempotency utility instead keeps an in-progress record until the claiming invocation's own
 * deadline (now + its remaining time); that suits work that must never run twice, but after a crash it fails
 * every retry until that deadline, and here a repeated e-mail is a smaller harm than a late or lost one.
 *
 * What this costs: an e-mail sent by an attempt that died before recording it is sent again (at most once more
 * per such crash). If Lambda ever runs the same batch twice at the same time, both may send: one duplicate.
 * Conditional writes keep the rest exact: of any number of attempts racing for a new or a left claim, one wins.
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

  async claim(notificationId: string, attempt: string): Promise<ClaimResult> {
    // A claim this same attempt holds is its own: the SDK retried a put whose answer was lost.
    const held = await this.#putClaim(notificationId, attempt, {
      condition: 'attribute_not_exists(pk) OR (#state = :sending AND claimedBy = :attempt)',
      values: { ':attempt': attempt },
    });
    if (held === undefined) return 'claimed';
    if (held.state === 'sent') return 'sent';
    // Taken over only from the holder just read, so of two attempts taking over the same claim one wins.
    // A claim written before claims named their attempt has no holder to compare; one given back in between is
    // free again.
    const previous = held.claimedBy;
    const heldNow = await this.#putClaim(notificationId, attempt, {
      condition: `attribute_not_exists(pk) OR (#state = :sending AND ${
        previous === undefined ? 'attribute_not_exists(claimedBy)' : 'claimedBy = :previous'
      })`,
      values: previous === undefined ? {} : { ':previous': previous },
    });
    if (heldNow === undefined) return 'taken-over';
    if (heldNow.state === 'sent') return 'sent';
    return heldNow.claimedBy === attempt ? 'taken-over' : 'in-flight';
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

  async release(notificationId: string, attempt: string): Promise<void> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: keys.notification(notificationId),
          ConditionExpression: '#state = :sending AND claimedBy = :attempt',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':attempt': attempt },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async allowLinkEmail(reference: string, day: string, limit: number): Promise<boolean> {
    // Kept two days past the day, then DynamoDB's TTL removes it: the count only matters on its own day.
    const expiresAt = Math.floor(new Date(`${day}T00:00:00Z`).getTime() / 1000) + 3 * 24 * 60 * 60;
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.linkEmails(reference, day),
          UpdateExpression: 'ADD #count :one SET expiresAt = :expiresAt',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': expiresAt },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Writes this attempt's claim if the condition holds; otherwise returns what holds the notification. */
  async #putClaim(
    notificationId: string,
    attempt: string,
    when: { condition: string; values: Record<string, string> },
  ): Promise<{ state?: string; claimedBy?: string } | undefined> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: {
            ...keys.notification(notificationId),
            state: 'sending',
            claimedBy: attempt,
            claimedAt: this.#now().toISOString(),
          },
          ConditionExpression: when.condition,
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ...when.values },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return undefined;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const item = (error as { Item?: Record<string, { S?: string }> }).Item;
      return { state: item?.state?.S, claimedBy: item?.claimedBy?.S };
    }
  }
}
