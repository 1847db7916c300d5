import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { NotificationLedger } from '../../ports/mailer.ts';
import { type RecipientRole, RecipientRoleSchema } from '../../schemas/delivery-problem.ts';
import { keys } from './table-design.ts';
import { conditionHeld } from './write-refusals.ts';

/**
 * The notification ledger as items of the one table: one item per notification (a receipt, a result), holding
 * the set of recipients it went out to. Written once, after the e-mails of an attempt went out: one write unit
 * for every recipient together.
 *
 * Why nothing is written before sending. A claim before each e-mail (and its release after a failed send) would
 * tell a later attempt that an earlier one may have sent it, but costs a write per e-mail more, for every
 * application, to name a case it cannot prevent: the e-mail has to go out again all the same, since an attempt
 * that died may as well have died before sending. So an e-mail goes out again exactly when an attempt dies (or
 * its record fails) after sending it and before recording it; and, as with claims, when Lambda runs the same batch
 * twice at the same time, both may send.
 */
export class DynamoDbNotificationLedger implements NotificationLedger {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #now: () => Date;

  /** @param now The clock for the time it was recorded. @default () => new Date() */
  constructor(client: DynamoDBDocumentClient, tableName: string, now: () => Date = () => new Date()) {
    this.#client = client;
    this.#tableName = tableName;
    this.#now = now;
  }

  async sentTo(notificationId: string): Promise<RecipientRole[]> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: keys.notification(notificationId),
        ProjectionExpression: 'sentTo',
        ConsistentRead: true,
      }),
    );
    const sentTo: unknown = Item?.sentTo;
    return sentTo instanceof Set ? [...sentTo].map((role) => RecipientRoleSchema.parse(role)) : [];
  }

  /** A set added to, so recording the same recipients again (a retried write) changes nothing. */
  async recordSent(notificationId: string, recipients: readonly RecipientRole[], attempt: string): Promise<void> {
    if (recipients.length === 0) return;
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: keys.notification(notificationId),
        UpdateExpression: 'ADD sentTo :recipients SET sentAt = :now, sentBy = :attempt',
        ExpressionAttributeValues: {
          ':recipients': new Set(recipients),
          ':now': this.#now().toISOString(),
          ':attempt': attempt,
        },
      }),
    );
  }

  async allowLinkEmail(reference: string, day: string, limit: number): Promise<boolean> {
    // Kept two days past the day, then DynamoDB's TTL removes it: the count only matters on its own day.
    const expiresAt = Math.floor(new Date(`${day}T00:00:00Z`).getTime() / 1000) + 3 * 24 * 60 * 60;
    return conditionHeld(
      this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.linkEmails(reference, day),
          UpdateExpression: 'ADD #count :one SET expiresAt = :expiresAt',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': expiresAt },
        }),
      ),
    );
  }
}
