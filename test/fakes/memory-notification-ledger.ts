import type { ClaimResult, NotificationLedger } from '../../shared/ports/mailer.ts';

export interface LedgerEntry {
  state: 'sending' | 'sent';
  claimedBy: string;
}

/**
 * The notification ledger in a Map, with the claim rules of `DynamoDbNotificationLedger`: a claim the same attempt
 * holds is its own, a claim another attempt holds is taken over at once, a sent notification is never claimed
 * again, and only the holder gives a claim back. One process has no races, so `in-flight` never comes up here.
 */
export class MemoryNotificationLedger implements NotificationLedger {
  /** What the ledger holds, in the order first claimed: tests read it to see what went out. */
  readonly entries = new Map<string, LedgerEntry>();
  /** E-mails of the status link per application and day. */
  readonly linkEmails = new Map<string, number>();

  async claim(notificationId: string, attempt: string): Promise<ClaimResult> {
    const held = this.entries.get(notificationId);
    if (held?.state === 'sent') return 'sent';
    this.entries.set(notificationId, { state: 'sending', claimedBy: attempt });
    return !held || held.claimedBy === attempt ? 'claimed' : 'taken-over';
  }

  /** As the table's update does, marks it sent even when no claim is stored. */
  async markSent(notificationId: string): Promise<void> {
    const held = this.entries.get(notificationId);
    this.entries.set(notificationId, { state: 'sent', claimedBy: held?.claimedBy ?? '' });
  }

  async release(notificationId: string, attempt: string): Promise<void> {
    const held = this.entries.get(notificationId);
    if (held?.state === 'sending' && held.claimedBy === attempt) this.entries.delete(notificationId);
  }

  async allowLinkEmail(reference: string, day: string, limit: number): Promise<boolean> {
    const key = `${reference}#${day}`;
    const count = this.linkEmails.get(key) ?? 0;
    if (count >= limit) return false;
    this.linkEmails.set(key, count + 1);
    return true;
  }
}
