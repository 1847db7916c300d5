import { windowInstants } from '../domain/intake-window.ts';
import { renderReceiptEmail } from '../email/receipt-email.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import { loadRound } from './load-round.ts';
import { type Delivery, letterBasics, notifyRecipients, type RecipientOutcome } from './notify-recipients.ts';

export interface ApplicationChange {
  before?: Application;
  after?: Application;
}

/** The receipt goes out when an application becomes submitted: once, whatever replays the change. */
export function isNewlySubmitted(change: ApplicationChange): change is { before?: Application; after: Application } {
  return change.after?.status === 'submitted' && change.before?.status !== 'submitted';
}

/**
 * E-mails the receipt to the person and to their representative, each at least once, and a second time only
 * when an attempt dies between sending it and recording it (see notifyRecipients).
 */
export async function sendReceipt(
  ports: Ports,
  application: Application,
  { webUrl, attempt }: Delivery,
): Promise<RecipientOutcome[]> {
  const round = await loadRound(ports, application.roundId);
  const basics = await letterBasics(ports, application, webUrl, round);
  const accessCode = ports.keyring.accessCode(application.reference);
  return notifyRecipients(
    ports,
    application,
    {
      kind: 'receipt',
      subject: 'receipt',
      render: (recipient) =>
        renderReceiptEmail({
          ...basics(recipient),
          receivedAt: application.receivedAt ?? application.createdAt,
          // Only that there is another one: never its reference or anything else of it.
          alreadyApplied: application.flags.possibleDuplicateOf !== undefined,
          accessCode,
          intakeEndsAt: windowInstants(round.window).closesAt.toISOString(),
          ...(round.resultsExpectedBy && { resultsExpectedBy: round.resultsExpectedBy }),
        }),
    },
    attempt,
  );
}
