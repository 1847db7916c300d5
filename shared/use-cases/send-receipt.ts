import { renderReceiptEmail } from '../email/receipt-email.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import { mailContext, notifyRecipients } from './notify-recipients.ts';

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
  const { round, municipality, statusUrl } = await mailContext(ports, application, webUrl);
  await notifyRecipients(ports, application, {
    kind: 'receipt',
    subject: 'receipt',
    render: (recipient) =>
      renderReceiptEmail({
        language: application.contact.language,
        recipient,
        reference: application.reference,
        statusUrl,
        roundName: round.name,
        municipalityName: municipality.name,
        receivedAt: application.receivedAt ?? application.createdAt,
        personFirstName: application.person.firstName,
      }),
  });
}
