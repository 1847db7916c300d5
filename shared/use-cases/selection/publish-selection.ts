import { ConflictError, NotFoundError, RuleViolationError } from '../../domain/errors.ts';
import { intakeState } from '../../domain/intake-window.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { PublicationProgress, SelectionRunResponse, SelectionRunSummary } from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { currentSelection } from './selection-inputs.ts';

/**
 * Publishes the latest run and answers at once: from now on its results are final, and the publication job
 * (`publication-job.ts`) gives every application its result and e-mails each person once, in bounded steps in the
 * background, as the run's `publication` shows. Refused when anything changed since the run (run it again), when it
 * is not the latest run, and while intake is open (extended after the run): results published then would leave
 * the round open to people who could never be selected. Publishing again publishes nothing twice; it nudges an
 * unfinished job, so one that stalled goes on. `started` says whether this request started it.
 */
export async function publishSelection(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; runId: string },
): Promise<{ started: boolean; answer: SelectionRunResponse }> {
  const round = await loadRound(ports, input.roundId);
  const run = await ports.selectionRuns.latest(round.id);
  if (!run || run.runId !== input.runId) throw new NotFoundError('SELECTION_NOT_RUN');
  if (intakeState(round.window, staff.at) !== 'closed') throw new RuleViolationError([{ code: 'INTAKE_NOT_CLOSED' }]);
  const audit = auditEntry(staff, { roundId: round.id });
  if (run.status === 'computed') {
    const current = await currentSelection(ports, round);
    if (current.inputsHash !== run.inputsHash) throw new ConflictError('SELECTION_STALE');
    const publishedAt = staff.at.toISOString();
    const publication = {
      publishedAt,
      publishedBy: staff.identity.username,
      progress: publicationStart(run, publishedAt),
    };
    if (await ports.selectionRuns.markPublished(round.id, run.runId, publication, audit)) {
      const { progress, ...published } = publication;
      return { started: true, answer: answerOf({ ...run, status: 'published', ...published, publication: progress }) };
    }
  }
  // Published already, by another request or an earlier attempt of this one.
  await ports.selectionRuns.wakePublication(round.id, run.runId, staff.at.toISOString());
  await ports.audit.append({ ...audit, reason: 'ALREADY_PUBLISHED' });
  const now = await ports.selectionRuns.latest(round.id);
  return { started: false, answer: answerOf(now ?? run) };
}

/** A publication job that has done nothing yet, of every application of the run. */
export function publicationStart(run: Pick<SelectionRunSummary, 'municipalities'>, at: string): PublicationProgress {
  const total = run.municipalities.reduce(
    (sum, { selected, waitlisted, excluded }) => sum + selected + waitlisted + excluded,
    0,
  );
  return { total, recorded: 0, emailed: 0, notSentCount: 0, notSent: [], failures: 0, updatedAt: at };
}

function answerOf(run: SelectionRunSummary): SelectionRunResponse {
  return { run, stale: false, municipalities: run.municipalities };
}
