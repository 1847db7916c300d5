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
 * Remembers to whom each notification went out, so a replayed change sends only what did not go out: recorded
 * after sending, so an e-mail is sent again only when an attempt dies (or its record fails) between the two.
 */
export interface NotificationLedger {
  /** The recipients the notification is recorded as sent to; strongly consistent. */
  sentTo(notificationId: string): Promise<RecipientRole[]>;
  /**
   * Records that the notification went out to `recipients`, in one write for all of them, besides those recorded
   * before. `attempt` is what sent it (in Lambda, the invocation's request id), for an operator to trace.
   */
  recordSent(notificationId: string, recipients: readonly RecipientRole[], attempt: string): Promise<void>;
  /**
   * Counts one more e-mail of the status link for the application on the day (`YYYY-MM-DD`), unless `limit` went
   * out that day already: then it counts nothing and answers false. Two requests at once cannot both take the
   * last one.
   */
  allowLinkEmail(reference: string, day: string, limit: number): Promise<boolean>;
}
