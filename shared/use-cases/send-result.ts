import { renderResultEmail } from '../email/result-email.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import type { SelectionOutcome } from '../schemas/review.ts';
import { decisionOf } from './decision-of.ts';
import { loadRound } from './load-round.ts';
import { type Delivery, letterBasics, notifyRecipients, type RecipientOutcome } from './notify-recipients.ts';
import type { ApplicationChange } from './send-receipt.ts';

/** An application whose selection result is published. */
export type ApplicationWithResult = Application & { selection: SelectionOutcome };

/**
 * A result e-mail is due when there is a result the person has not been told: the first one published, one from
 * a new selection run, a changed outcome, or a place offered after someone withdrew. A waiting-list number that
 * only moves up is not news worth an e-mail; the status page and the social service have it.
 */
export function isNewResult(change: ApplicationChange): change is ApplicationChange & { after: ApplicationWithResult } {
  const now = change.after?.selection;
  if (!now) return false;
  const was = change.before?.selection;
  return !was || was.runId !== now.runId || was.outcome !== now.outcome || (!was.offeredAt && !!now.offeredAt);
}

/**
 * E-mails the published result to the person and to their representative. The ledger id names the result itself
 * (run, outcome, offer), not the stream record, so each distinct result goes out once however often the
 * stream replays it (twice at worst after a crash, see notifyRecipients), and a later result (a place offered,
 * a new run) is a new e-mail.
 */
export async function sendResult(
  ports: Ports,
  application: Application,
  { webUrl, attempt }: Delivery,
): Promise<RecipientOutcome[]> {
  const selection = application.selection;
  if (!selection) throw new Error(`${application.reference} has no published selection result`);
  const round = await loadRound(ports, application.roundId);
  const basics = await letterBasics(ports, application, webUrl, round);
  const notice = decisionOf(application, round);
  return notifyRecipients(
    ports,
    application,
    {
      kind: 'result',
      subject: `result#${selection.runId}#${selection.outcome}${selection.offeredAt ? '#offered' : ''}`,
      render: (recipient) => renderResultEmail({ ...basics(recipient), selection, ...(notice && { notice }) }),
    },
    attempt,
  );
}
