import type { NotificationLedger } from '../../shared/ports/mailer.ts';
import type { RecipientRole } from '../../shared/schemas/delivery-problem.ts';

/**
 * The notification ledger in a Map, with the rules of `DynamoDbNotificationLedger`: each notification holds the
 * set of recipients it is recorded as sent to, and recording adds to it.
 */
export class MemoryNotificationLedger implements NotificationLedger {
  /** What the ledger holds, in the order first recorded: tests read it to see what went out. */
  readonly entries = new Map<string, Set<RecipientRole>>();
  /** E-mails of the status link per application and day. */
  readonly linkEmails = new Map<string, number>();

  async sentTo(notificationId: string): Promise<RecipientRole[]> {
    return [...(this.entries.get(notificationId) ?? [])];
  }

  async recordSent(notificationId: string, recipients: readonly RecipientRole[]): Promise<void> {
    if (recipients.length === 0) return;
    const recorded = this.entries.get(notificationId) ?? new Set<RecipientRole>();
    for (const recipient of recipients) recorded.add(recipient);
    this.entries.set(notificationId, recorded);
  }

  async allowLinkEmail(reference: string, day: string, limit: number): Promise<boolean> {
    const key = `${reference}#${day}`;
    const count = this.linkEmails.get(key) ?? 0;
    if (count >= limit) return false;
    this.linkEmails.set(key, count + 1);
    return true;
  }
}
