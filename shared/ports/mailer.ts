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

/** Remembers which notifications went out, so a replayed event never sends one twice. */
export interface NotificationLedger {
  /**
   * `claimed`: this call may send it. `sent`: it went out before. `in-flight`: another attempt holds it right
   * now; try again later. A claim left by an attempt that died is stale after a while and can be taken again.
   */
  claim(notificationId: string): Promise<'claimed' | 'sent' | 'in-flight'>;
  markSent(notificationId: string): Promise<void>;
  /** Gives a claimed notification back after a failed send, so a retry can take it. */
  release(notificationId: string): Promise<void>;
}
