import { rigaDateTime } from '../../format/dates.ts';
import type { PublicationProgress } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';

/** A job that has not moved on for this long has stopped: no step takes nearly as long. */
export const STALLED_MS = 5 * 60_000;

/** How often the page reads the run again while publishing goes on. */
export const PROGRESS_POLL_MS = 3000;

/**
 * How far publishing has come, as the job stores it: how many results are recorded (each applicant's status page
 * shows theirs from then on) and for how many applications the e-mails are done, when it last moved on, whether
 * sending fails and is tried again, and, once it is over, whose e-mail could not be sent at all.
 */
export function PublicationProgressView({ progress, now }: { progress: PublicationProgress; now: number }) {
  const { s } = useStaffTexts();
  const w = s.selection;
  const at = (instant: string) => {
    const when = rigaDateTime(instant);
    return s.common.dateTime(when.date, when.time);
  };
  const stalled = !progress.finishedAt && now - Date.parse(progress.updatedAt) > STALLED_MS;
  return (
    <div class={progress.finishedAt ? 'inset' : 'notice notice-info'} data-testid="publication-progress">
      <p>
        <strong>{progress.finishedAt ? w.publicationFinished(at(progress.finishedAt)) : w.publicationUnderway}</strong>
      </p>
      <ul class="list">
        <li>{w.publicationRecorded(progress.recorded, progress.total)}</li>
        <li>{w.publicationEmailed(progress.emailed, progress.total)}</li>
      </ul>
      {!progress.finishedAt && <p>{w.publicationLastStep(at(progress.updatedAt))}</p>}
      {progress.failures > 0 && !progress.finishedAt && <p>{w.publicationRetrying(progress.failures)}</p>}
      {stalled && <p data-testid="publication-stalled">{w.publicationStalled(at(progress.updatedAt))}</p>}
      {progress.notSentCount > 0 && (
        <>
          <p>{w.publicationNotSent(progress.notSentCount)}</p>
          <ul class="link-row" data-testid="not-sent">
            {progress.notSent.map((reference) => (
              <li key={reference}>
                <a href={staffPaths.application(reference)}>{reference}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
