import { NotFoundError } from '../../domain/errors.ts';
import { RESULT_PAGE_ROWS } from '../../domain/result-pages.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { SelectionRunResponse } from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { queueMunicipality } from '../staff/staff-scope.ts';
import { publicationReach } from './publication-reach.ts';
import { resultPage } from './result-pages.ts';
import { currentSelection } from './selection-inputs.ts';

/**
 * The round's latest run and a page of one municipality's result as it stands now (a social worker's own; the one
 * an administrator names), and whether the run is stale: a computed run is stale once any input changed since
 * (recomputed from today's data and compared by hash). Administrators also see, until it is published, how many
 * e-mails publishing it would send. Bounded however large the round: the run's numbers per municipality and at
 * most `RESULT_PAGE_ROWS` rows.
 */
export async function getSelectionRun(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; municipality?: string; from?: number },
): Promise<SelectionRunResponse> {
  const round = await loadRound(ports, input.roundId);
  const run = await ports.selectionRuns.latest(round.id);
  if (!run) throw new NotFoundError('SELECTION_NOT_RUN');
  const administrator = staff.identity.role === 'administrator';
  const chosen =
    administrator && !input.municipality ? undefined : queueMunicipality(staff.identity, round, input.municipality);
  // Only a computed run can go stale, and only its check needs every municipality's inputs.
  const current = run.status === 'computed' ? await currentSelection(ports, round) : undefined;
  const applications = chosen
    ? (current?.applications.get(chosen) ?? (await ports.applications.queue(round.id, chosen)))
    : [];
  const result = chosen
    ? await resultPage(ports, run, chosen, applications, { from: input.from ?? 0, count: RESULT_PAGE_ROWS })
    : undefined;
  await ports.audit.append(auditEntry(staff, { roundId: round.id }));
  return {
    run,
    stale: current !== undefined && current.inputsHash !== run.inputsHash,
    municipalities: run.municipalities.filter((municipality) => ports.applications.covers(municipality.code)),
    ...(result && { result }),
    ...(current && administrator && { publication: publicationReach(current.parts, current.applications) }),
  };
}
