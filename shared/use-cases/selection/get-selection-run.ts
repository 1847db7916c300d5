import { NotFoundError } from '../../domain/errors.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { SelectionRunResponse } from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { publicationReach } from './publication-reach.ts';
import { currentResults } from './published-results.ts';
import { currentSelection } from './selection-inputs.ts';

/**
 * The round's latest run as it stands now, and whether it is stale: a computed run is stale once any input
 * changed since (recomputed from today's data and compared by hash). Social workers see their own municipality;
 * administrators also see, until it is published, how many e-mails publishing it would send.
 */
export async function getSelectionRun(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<SelectionRunResponse> {
  const round = await loadRound(ports, roundId);
  const run = await ports.selectionRuns.latest(round.id);
  if (!run) throw new NotFoundError('SELECTION_NOT_RUN');
  const current = await currentSelection(ports, round);
  const results = currentResults(run, current.applications).filter((part) =>
    ports.applications.covers(part.municipalityCode),
  );
  await ports.audit.append(auditEntry(staff, { roundId: round.id }));
  const publishes = run.summary.status === 'computed' && staff.identity.role === 'administrator';
  return {
    run: run.summary,
    stale: run.summary.status === 'computed' && current.inputsHash !== run.summary.inputsHash,
    results,
    ...(publishes && { publication: publicationReach(run.parts, current.applications) }),
  };
}
