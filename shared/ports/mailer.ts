import type { NotificationKind, RecipientRole } from '../schemas/delivery-problem.ts';

/**
 * What an e-mail is about, sent along with it so that a bounce or complaint the mail service reports later can
 * be tied back to the application. Never personal data: the reference is the application's number.
 */
export interface EmailAbout {
  reference: string;
  notification: NotificationKind;
  /** Whose address it goes to, when it goes to one recipient. */
  recipient?: RecipientRole;
}

export interface EmailMessage {
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
  about: EmailAbout;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

/**
 * What a claim found. `claimed`: nobody had it, this attempt may send it. `taken-over`: an earlier attempt claimed
 * it and never recorded it as sent (it failed, or died after sending, or while sending): this attempt may send it,
 * and the person may get it twice. `sent`: it went out before, send nothing. `in-flight`: another attempt took it
 * over a moment ago and is sending it now; try again later.
 */
export type ClaimResult = 'claimed' | 'taken-over' | 'sent' | 'in-flight';

/** Remembers which notifications went out, so a replayed event sends one again only after a crash. */
export interface NotificationLedger {
  /**
   * Claims a notification for one attempt (in Lambda, the invocation's request id). A claim held by any other
   * attempt is taken over at once: a stream shard's batches are delivered one invocation after another, so when a
   * change comes again, the attempt that claimed its e-mail has already returned, failed or timed out.
   */
  claim(notificationId: string, attempt: string): Promise<ClaimResult>;
  markSent(notificationId: string): Promise<void>;
  /**
   * Gives this attempt's claim back after a send that surely failed, so a retry takes it as new rather than over.
   * A claim another attempt has taken over, or a sent notification, stays as it is.
   */
  release(notificationId: string, attempt: string): Promise<void>;
  /**
   * Counts one more e-mail of the status link for the application on the day (`YYYY-MM-DD`), unless `limit` went
   * out that day already: then it counts nothing and answers false. Two requests at once cannot both take the
   * last one.
   */
  allowLinkEmail(reference: string, day: string, limit: number): Promise<boolean>;
}
