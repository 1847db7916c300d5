import type { LetterBasics, RenderedEmail } from '../email/format.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import type { NotificationKind, RecipientRole } from '../schemas/delivery-problem.ts';
import type { Round } from '../schemas/round.ts';
import { loadRound } from './load-round.ts';
import { type Recipient, recipientsOf } from './recipients.ts';

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
 * How one recipient's e-mail went. `sent-possibly-twice`: an earlier attempt had claimed it and never recorded
 * it, so it may have gone out then too. `sent-not-recorded`: it went out, but the ledger could not be told.
 */
export type RecipientOutcome = {
  recipient: RecipientRole;
  outcome: 'sent' | 'sent-possibly-twice' | 'already-sent' | 'sent-not-recorded';
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
 * Sends one e-mail to each recipient of the application, each at least once and, unless an attempt dies between
 * sending and recording it, exactly once: its ledger id is claimed before it is sent and marked sent after.
 * Every recipient is tried even when an e-mail to another fails, so one bad address or one failed write holds up
 * nobody else; then, if any failed, EmailsNotSent says so and the caller has the change delivered again (those
 * sent are not sent again).
 */
export async function notifyRecipients(
  ports: Ports,
  application: Application,
  notification: Notification,
  attempt: string,
): Promise<RecipientOutcome[]> {
  const outcomes: RecipientOutcome[] = [];
  const failures: Array<{ recipient: RecipientRole; error: unknown }> = [];
  for (const recipient of recipientsOf(application)) {
    try {
      outcomes.push({
        recipient: recipient.role,
        outcome: await notifyOne(ports, application, notification, recipient, attempt),
      });
    } catch (error) {
      failures.push({ recipient: recipient.role, error });
    }
  }
  if (failures.length > 0) throw new EmailsNotSent(outcomes, failures);
  return outcomes;
}

async function notifyOne(
  ports: Ports,
  application: Application,
  notification: Notification,
  recipient: Recipient,
  attempt: string,
): Promise<RecipientOutcome['outcome']> {
  const notificationId = `${application.reference}#${notification.subject}#${recipient.role}`;
  const claim = await ports.notifications.claim(notificationId, attempt);
  if (claim === 'sent') return 'already-sent';
  // Only when two attempts run the same change at once: the other one sends it.
  if (claim === 'in-flight') throw new Error(`Notification ${notificationId} is being sent by another attempt`);
  try {
    await ports.mailer.send({
      to: [recipient.email],
      ...notification.render(recipient.role),
      about: { reference: application.reference, notification: notification.kind, recipient: recipient.role },
    });
  } catch (error) {
    // Given back so the retry starts clean; if that fails too, the retry takes the claim over all the same.
    await ports.notifications.release(notificationId, attempt).catch(() => {});
    throw error;
  }
  try {
    await ports.notifications.markSent(notificationId);
  } catch {
    // The e-mail is out. Failing the change now would make the retry take the claim over and send it a second
    // time for certain; left as is, the claim stays `sending` and only a replay of this change would resend it.
    return 'sent-not-recorded';
  }
  return claim === 'taken-over' ? 'sent-possibly-twice' : 'sent';
}
