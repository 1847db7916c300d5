import { promoteAfterWithdrawal } from '../../domain/selection.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { Round } from '../../schemas/round.ts';
import { currentResultOf } from './published-results.ts';

/**
 * The application offered the place a selected person frees when they give it up (a withdrawal, or leaving the
 * year of services early), with its new result: the first on the municipality's waiting list, exactly as
 * selecting again without the person would. None before publication, nor when the person held no place.
 */
export async function offerFreedPlace(
  ports: StaffPorts,
  round: Round,
  application: ScopedApplication,
  now: Date,
): Promise<ScopedApplication | undefined> {
  const run = await ports.selectionRuns.latest(round.id);
  if (run?.summary.status !== 'published') return undefined;
  const municipalityCode = application.person.municipalityCode;
  const queue = await ports.applications.queue(round.id, municipalityCode);
  const part = currentResultOf(run, municipalityCode, queue);
  if (!part?.result.selected.some((entry) => entry.reference === application.reference)) return undefined;
  const next = promoteAfterWithdrawal(part.result, application.reference);
  const entry = next.result.selected.find((selected) => selected.reference === next.promoted);
  const person = queue.find((candidate) => candidate.reference === next.promoted);
  if (!entry || !person?.selection) return undefined;
  const { position: _position, ...selection } = person.selection;
  return {
    ...person,
    selection: { ...selection, outcome: 'selected', rank: entry.rank, offeredAt: now.toISOString() },
  };
}
