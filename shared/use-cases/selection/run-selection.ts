import { ConflictError, RuleViolationError } from '../../domain/errors.ts';
import { intakeState } from '../../domain/intake-window.ts';
import { SELECTION_RULE_VERSION } from '../../domain/selection.ts';
import { countsOf } from '../../domain/selection-rows.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { SelectionRunResponse } from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { publicationReach } from './publication-reach.ts';
import { currentSelection } from './selection-inputs.ts';

/**
 * Runs the selection of every municipality of a closed round and stores it with its inputs, their hash, the rule
 * version, who ran it and when. The run id is taken from the hash: running again on the same data finds the same
 * run and changes nothing. Refused while intake is open, while any application is undecided (listed by
 * reference; `GET …/selection-readiness` counts them per municipality), and once the results are published.
 * The answer gives each municipality's numbers and how many e-mails publishing it would send; the results
 * themselves are read a page at a time (`GET …/selection-runs/latest`).
 */
export async function runSelection(
  ports: StaffPorts,
  staff: StaffContext,
  roundId: string,
): Promise<{ created: boolean; answer: SelectionRunResponse }> {
  const round = await loadRound(ports, roundId);
  if (intakeState(round.window, staff.at) !== 'closed') {
    throw new RuleViolationError([{ code: 'INTAKE_NOT_CLOSED' }]);
  }
  const current = await currentSelection(ports, round);
  if (current.undecided.length > 0) {
    throw new RuleViolationError(
      current.undecided.map((reference) => ({ code: 'APPLICATION_UNDECIDED', field: `applications.${reference}` })),
    );
  }
  const runId = current.inputsHash.slice(0, 20);
  const latest = await ports.selectionRuns.latest(round.id);
  // Published results are final: withdrawals pass places on from the published run, never from a new one.
  if (latest?.status === 'published') throw new ConflictError('SELECTION_ALREADY_PUBLISHED');
  const audit = auditEntry(staff, { roundId: round.id });
  const publication = publicationReach(current.parts, current.applications);
  if (latest?.runId === runId) {
    // Through the run store, so that a retry after a lost answer finds its own entry instead of failing on it.
    await ports.selectionRuns.save({ summary: latest, parts: [] }, { ...audit, reason: 'UNCHANGED' });
    return {
      created: false,
      answer: { run: latest, stale: false, municipalities: latest.municipalities, publication },
    };
  }
  const summary = {
    runId,
    roundId: round.id,
    ordinal: (latest?.ordinal ?? 0) + 1,
    inputsHash: current.inputsHash,
    ruleVersion: SELECTION_RULE_VERSION,
    ranAt: staff.at.toISOString(),
    ranBy: staff.identity.username,
    status: 'computed' as const,
    municipalities: current.parts.map(({ municipalityCode, result }) => ({
      code: municipalityCode,
      ...countsOf(result),
    })),
  };
  await ports.selectionRuns.save({ summary, parts: current.parts }, audit);
  return { created: true, answer: { run: summary, stale: false, municipalities: summary.municipalities, publication } };
}
