import { promoteAfterWithdrawal } from '../../domain/selection.ts';
import { resultOfRows } from '../../domain/selection-rows.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { Round } from '../../schemas/round.ts';
import { currentResultOf } from './published-results.ts';

/**
 * The application offered the place a selected person frees when they give it up (a withdrawal, or leaving the
 * year of services early), with its new result: the first on the municipality's waiting list, exactly as
 * selecting again without the person would. None before publication, nor when the person held no place. While the
 * publication job is still recording results, the one offered the place may have none yet: the offer is their
 * result then, and the job keeps it rather than writing the run's.
 */
export async function offerFreedPlace(
  ports: StaffPorts,
  round: Round,
  application: ScopedApplication,
  now: Date,
): Promise<ScopedApplication | undefined> {
  const run = await ports.selectionRuns.latest(round.id);
  if (run?.status !== 'published') return undefined;
  const municipalityCode = application.person.municipalityCode;
  const counts = run.municipalities.find((municipality) => municipality.code === municipalityCode);
  if (!counts) return undefined;
  const queue = await ports.applications.queue(round.id, municipalityCode);
  const stored = resultOfRows(counts.cap, await ports.selectionRuns.rows(run.roundId, run.runId, municipalityCode));
  const { result } = currentResultOf(run, municipalityCode, stored, queue);
  if (!result.selected.some((entry) => entry.reference === application.reference)) return undefined;
  const next = promoteAfterWithdrawal(result, application.reference);
  const entry = next.result.selected.find((selected) => selected.reference === next.promoted);
  const person = queue.find((candidate) => candidate.reference === next.promoted);
  if (!entry || !person) return undefined;
  const { position: _position, ...recorded } = person.selection ?? {
    runId: run.runId,
    publishedAt: run.publishedAt ?? now.toISOString(),
  };
  return {
    ...person,
    selection: { ...recorded, outcome: 'selected', rank: entry.rank, offeredAt: now.toISOString() },
  };
}
