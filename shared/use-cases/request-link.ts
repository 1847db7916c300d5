import { rigaCalendarDate } from '../domain/riga-time.ts';
import { renderLinkEmail } from '../email/link-email.ts';
import type { Ports } from '../ports/index.ts';
import { letterBasics } from './notify-recipients.ts';
import { recipientsOf } from './recipients.ts';

/** At most this many e-mails of the status link per application and Riga calendar day. */
export const LINK_EMAILS_PER_DAY = 3;

/**
 * What became of a request, for the log only: the person who asked is told the same whatever it was, so the
 * answer reveals neither whether the number exists nor whose address it has.
 */
export type LinkRequestOutcome = 'sent' | 'no-match' | 'limit-reached' | 'not-sent';

/**
 * E-mails the status link and the access code to the address on file, when the number and the address given
 * belong together; each recipient of the application (the person, the representative) matches with their own.
 * At most `LINK_EMAILS_PER_DAY` go out per application and day, whoever asks.
 */
export async function requestLink(
  ports: Ports,
  input: { reference: string; email: string },
  { webUrl, now }: { webUrl: string; now: Date },
): Promise<LinkRequestOutcome> {
  const application = await ports.applications.get(input.reference);
  const given = input.email.trim().toLowerCase();
  const recipient = application
    ? recipientsOf(application).find((candidate) => candidate.email.trim().toLowerCase() === given)
    : undefined;
  if (!application || !recipient) return 'no-match';
  if (!(await ports.notifications.allowLinkEmail(application.reference, rigaCalendarDate(now), LINK_EMAILS_PER_DAY))) {
    return 'limit-reached';
  }
  const basics = await letterBasics(ports, application, webUrl);
  try {
    await ports.mailer.send({
      to: [recipient.email],
      ...renderLinkEmail({ ...basics(recipient.role), accessCode: ports.keyring.accessCode(application.reference) }),
      about: { reference: application.reference, notification: 'link', recipient: recipient.role },
    });
  } catch {
    // Answered like any other request all the same: a failure here would tell that the address matched.
    return 'not-sent';
  }
  return 'sent';
}
