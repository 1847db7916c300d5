import type { RenderedEmail } from '../email/receipt-email.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import type { NotificationKind, RecipientRole } from '../schemas/delivery-problem.ts';
import type { Municipality, Round } from '../schemas/round.ts';
import { loadRound } from './load-round.ts';
import { recipientsOf } from './recipients.ts';

/** What every e-mail about an application names besides its own news. */
export interface MailContext {
  round: Round;
  municipality: Municipality;
  /** The status page with the reference and access code after '#', so they never reach a server log. */
  statusUrl: string;
}

export async function mailContext(ports: Ports, application: Application, webUrl: string): Promise<MailContext> {
  const round = await loadRound(ports, application.roundId);
  const municipality = round.municipalities.find((item) => item.code === application.person.municipalityCode);
  if (!municipality) throw new Error(`Municipality of ${application.reference} is not in its round`);
  const accessCode = ports.keyring.accessCode(application.reference);
  const statusUrl = `${webUrl.replace(/\/$/, '')}/status#reference=${application.reference}&code=${accessCode}`;
  return { round, municipality, statusUrl };
}

export interface Notification {
  kind: NotificationKind;
  /** The ledger id of what is told (`receipt`, or one result): a new id is a new e-mail. */
  subject: string;
  render: (recipient: RecipientRole) => RenderedEmail;
}

/**
 * Sends one e-mail to each recipient of the application, each exactly once: its ledger id is claimed before it is
 * sent and given back if sending fails, so a retried or replayed event never sends it twice.
 */
export async function notifyRecipients(ports: Ports, application: Application, notification: Notification) {
  for (const recipient of recipientsOf(application)) {
    const notificationId = `${application.reference}#${notification.subject}#${recipient.role}`;
    const claim = await ports.notifications.claim(notificationId);
    if (claim === 'sent') continue;
    // Another attempt is sending it now: fail this one, so the stream delivers the change again later.
    if (claim === 'in-flight') throw new Error(`Notification ${notificationId} is being sent by another attempt`);
    try {
      await ports.mailer.send({
        to: [recipient.email],
        ...notification.render(recipient.role),
        about: { reference: application.reference, notification: notification.kind, recipient: recipient.role },
      });
    } catch (error) {
      await ports.notifications.release(notificationId);
      throw error;
    }
    await ports.notifications.markSent(notificationId);
  }
}
