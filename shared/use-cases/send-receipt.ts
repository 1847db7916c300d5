import { renderReceiptEmail } from '../email/receipt-email.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import { loadRound } from './load-round.ts';
import { recipientsOf } from './recipients.ts';

export interface ApplicationChange {
  before?: Application;
  after?: Application;
}

/** The receipt goes out when an application becomes submitted: once, whatever replays the change. */
export function isNewlySubmitted(change: ApplicationChange): change is { before?: Application; after: Application } {
  return change.after?.status === 'submitted' && change.before?.status !== 'submitted';
}

/**
 * E-mails the receipt to the person and to their representative. Each e-mail is claimed in a ledger before it
 * is sent and given back if sending fails, so a retried or replayed event never sends it twice.
 */
export async function sendReceipt(ports: Ports, application: Application, webUrl: string): Promise<void> {
  const round = await loadRound(ports, application.roundId);
  const municipality = round.municipalities.find((item) => item.code === application.person.municipalityCode);
  if (!municipality) throw new Error(`Municipality of ${application.reference} is not in its round`);
  const accessCode = ports.keyring.accessCode(application.reference);
  const statusUrl = `${webUrl.replace(/\/$/, '')}/status#reference=${application.reference}&code=${accessCode}`;

  for (const recipient of recipientsOf(application)) {
    const notificationId = `${application.reference}#receipt#${recipient.role}`;
    const claim = await ports.notifications.claim(notificationId);
    if (claim === 'sent') continue;
    // Another attempt is sending it now: fail this one, so the stream delivers the change again later.
    if (claim === 'in-flight') throw new Error(`Notification ${notificationId} is being sent by another attempt`);
    const email = renderReceiptEmail({
      language: application.contact.language,
      recipient: recipient.role,
      reference: application.reference,
      statusUrl,
      roundName: round.name,
      municipalityName: municipality.name,
      receivedAt: application.receivedAt ?? application.createdAt,
      personFirstName: application.person.firstName,
    });
    try {
      await ports.mailer.send({
        to: [recipient.email],
        ...email,
        about: { reference: application.reference, notification: 'receipt', recipient: recipient.role },
      });
    } catch (error) {
      await ports.notifications.release(notificationId);
      throw error;
    }
    await ports.notifications.markSent(notificationId);
  }
}
