import { renderResultEmail } from '../email/result-email.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';
import type { SelectionOutcome } from '../schemas/review.ts';
import type { Round } from '../schemas/round.ts';
import { decisionOf } from './decision-of.ts';
import { loadRound } from './load-round.ts';
import { type Delivery, letterBasics, notifyRecipients, type RecipientOutcome } from './notify-recipients.ts';
import type { ApplicationChange } from './send-receipt.ts';

/** An application whose selection result is published. */
export type ApplicationWithResult = Application & { selection: SelectionOutcome };

/**
 * A result e-mail is due from the stream when a result the person has not been told comes after publication: a
 * place offered after someone withdrew, or another change of outcome within the published run. The first result of
 * a run is the publication job's to e-mail (`publication-job.ts`), paced to the mail service's rate, so the stream
 * leaves it; a waiting-list number that only moves up is not news worth an e-mail either (the status page and the
 * social service have it).
 */
export function isNewResult(change: ApplicationChange): change is ApplicationChange & { after: ApplicationWithResult } {
  const now = change.after?.selection;
  if (!now) return false;
  const was = change.before?.selection;
  if (now.offeredAt && !was?.offeredAt) return true;
  return was !== undefined && was.runId === now.runId && was.outcome !== now.outcome;
}

/**
 * E-mails the published result to the person and to their representative. The ledger id names the result itself
 * (run, outcome, offer), not the stream record or the job's step, so each distinct result goes out once however
 * often it is tried (twice at worst after a crash, see notifyRecipients), and a later result (a place offered) is
 * a new e-mail. `loaded` is the application's round when the caller has it already (the job, for every application
 * of a run).
 */
export async function sendResult(
  ports: Ports,
  application: Application,
  { webUrl, attempt }: Delivery,
  loaded?: Round,
): Promise<RecipientOutcome[]> {
  const selection = application.selection;
  if (!selection) throw new Error(`${application.reference} has no published selection result`);
  const round = loaded ?? (await loadRound(ports, application.roundId));
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
