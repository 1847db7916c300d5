import { renderDraftSavedEmail } from '../email/draft-saved-email.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import { type Delivery, letterBasics, notifyRecipients, type RecipientOutcome } from './notify-recipients.ts';
import { recipientsOf } from './recipients.ts';
import type { ApplicationChange } from './send-receipt.ts';

/** The addresses a draft's e-mail goes to, in one string: a change of it calls for the e-mail again. */
const addressesOf = (application: Application) =>
  recipientsOf(application)
    .map((recipient) => `${recipient.role}:${recipient.email.toLowerCase()}`)
    .join('\n');

/**
 * The link to continue goes out when an online draft is first stored, and again to a changed address; a replayed
 * change, or a change of other answers, sends nothing.
 */
export function isNewlySavedDraft(change: ApplicationChange): change is { before?: Application; after: Application } {
  const { before, after } = change;
  if (after?.status !== 'draft' || after.channel !== 'online' || !after.draftExpiresAt) return false;
  if (recipientsOf(after).length === 0) return false;
  return !before || addressesOf(before) !== addressesOf(after);
}

/** The page the e-mailed link opens: it reads the reference and access code after '#', which no server sees. */
export function continueUrlOf(webUrl: string, application: Application, accessCode: string): string {
  const base = webUrl.replace(/\/$/, '');
  return `${base}/apply/${encodeURIComponent(application.roundId)}/continue#reference=${application.reference}&code=${accessCode}`;
}

/** E-mails the person (and the representative) the link to continue the draft, and until when it is kept. */
export async function sendDraftSaved(
  ports: Ports,
  application: Application,
  { webUrl, attempt }: Delivery,
): Promise<RecipientOutcome[]> {
  const basics = await letterBasics(ports, application, webUrl);
  const continueUrl = continueUrlOf(webUrl, application, ports.keyring.accessCode(application.reference));
  const expiresAt = application.draftExpiresAt ?? application.createdAt;
  // The ledger id names the addresses only by a keyed hash: a new address is a new e-mail, a replay is not.
  const addresses = ports.keyring.personalCodeHash(`draft-saved\n${addressesOf(application)}`).slice(0, 16);
  return notifyRecipients(
    ports,
    application,
    {
      kind: 'draft-saved',
      subject: `draft-saved-${addresses}`,
      render: (recipient) => renderDraftSavedEmail({ ...basics(recipient), continueUrl, expiresAt }),
    },
    attempt,
  );
}
