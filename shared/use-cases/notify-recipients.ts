import type { LetterBasics, RenderedEmail } from '../email/format.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import type { NotificationKind, RecipientRole } from '../schemas/delivery-problem.ts';
import type { Round } from '../schemas/round.ts';
import { loadRound } from './load-round.ts';
import { recipientsOf } from './recipients.ts';

/**
 * What every e-mail about an application says besides its own news, for each recipient: the round, the
 * municipality, and the status page with the reference and access code after '#', so they never reach a server log.
 */
export async function letterBasics(
  ports: Ports,
  application: Application,
  webUrl: string,
  loaded?: Round,
): Promise<(recipient: RecipientRole) => LetterBasics> {
  const round = loaded ?? (await loadRound(ports, application.roundId));
  const municipality = round.municipalities.find((item) => item.code === application.person.municipalityCode);
  if (!municipality) throw new Error(`Municipality of ${application.reference} is not in its round`);
  const accessCode = ports.keyring.accessCode(application.reference);
  const statusUrl = `${webUrl.replace(/\/$/, '')}/status#reference=${application.reference}&code=${accessCode}`;
  return (recipient) => ({
    language: application.contact.language,
    recipient,
    reference: application.reference,
    statusUrl,
    roundName: round.name,
    municipalityName: municipality.name,
    personFirstName: application.person.firstName,
    ...(municipality.socialService && { socialService: municipality.socialService }),
  });
}

/** Where the e-mails link to, and which attempt sends them (in Lambda, the invocation's request id). */
export interface Delivery {
  webUrl: string;
  attempt: string;
}

export interface Notification {
  kind: NotificationKind;
  /** The ledger id of what is told (`receipt`, or one result): a new id is a new e-mail. */
  subject: string;
  render: (recipient: RecipientRole) => RenderedEmail;
}

/**
 * How one recipient's e-mail went. `already-sent`: an earlier attempt recorded it, nothing was sent.
 * `sent-not-recorded`: it went out, but the ledger could not be told.
 */
export type RecipientOutcome = {
  recipient: RecipientRole;
  outcome: 'sent' | 'already-sent' | 'sent-not-recorded';
};

/** Some recipients' e-mail did not go out; `outcomes` says how each recipient's went, `failures` why. */
export class EmailsNotSent extends Error {
  override readonly name = 'EmailsNotSent';
  readonly outcomes: readonly RecipientOutcome[];
  readonly failures: ReadonlyArray<{ recipient: RecipientRole; error: unknown }>;

  constructor(outcomes: RecipientOutcome[], failures: Array<{ recipient: RecipientRole; error: unknown }>) {
    const reasons = failures.map(
      ({ recipient, error }) => `${recipient}: ${error instanceof Error ? error.message : error}`,
    );
    super(`Not sent to ${reasons.join('; ')}`);
    this.outcomes = outcomes;
    this.failures = failures;
  }
}

/**
 * Sends one e-mail to each recipient of the application, each at least once and, unless an attempt dies (or its
 * record fails) between sending and recording, exactly once: the ledger is read first, and what went out is
 * recorded after, in one write for every recipient. Every recipient is tried even when an e-mail to another fails,
 * so one bad address holds up nobody else; then, if any failed, EmailsNotSent says so and the caller has the change
 * delivered again (those sent are not sent again).
 */
export async function notifyRecipients(
  ports: Ports,
  application: Application,
  notification: Notification,
  attempt: string,
): Promise<RecipientOutcome[]> {
  const notificationId = `${application.reference}#${notification.subject}`;
  const recorded = new Set(await ports.notifications.sentTo(notificationId));
  const sent: RecipientRole[] = [];
  const failures: Array<{ recipient: RecipientRole; error: unknown }> = [];
  const recipients = recipientsOf(application);
  for (const recipient of recipients) {
    if (recorded.has(recipient.role)) continue;
    try {
      await ports.mailer.send({
        to: [recipient.email],
        ...notification.render(recipient.role),
        about: { reference: application.reference, notification: notification.kind, recipient: recipient.role },
      });
      sent.push(recipient.role);
    } catch (error) {
      failures.push({ recipient: recipient.role, error });
    }
  }
  // The e-mails are out: failing the change for a lost record would only send them again for certain.
  const recordedNow =
    sent.length === 0 ||
    (await ports.notifications.recordSent(notificationId, sent, attempt).then(
      () => true,
      () => false,
    ));
  const outcomes = recipients.flatMap(({ role }): RecipientOutcome[] => {
    if (recorded.has(role)) return [{ recipient: role, outcome: 'already-sent' }];
    if (!sent.includes(role)) return [];
    return [{ recipient: role, outcome: recordedNow ? 'sent' : 'sent-not-recorded' }];
  });
  if (failures.length > 0) throw new EmailsNotSent(outcomes, failures);
  return outcomes;
}
