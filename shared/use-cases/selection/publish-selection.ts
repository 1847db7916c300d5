import { ConflictError, NotFoundError, RuleViolationError } from '../../domain/errors.ts';
import { intakeState } from '../../domain/intake-window.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { SelectionOutcome } from '../../schemas/review.ts';
import type { SelectionResult } from '../../schemas/selection.ts';
import type { SelectionRunResponse } from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { currentResults } from './published-results.ts';
import { currentSelection } from './selection-inputs.ts';

/** Parallel writes of results: quick for a round, gentle on the table. */
const WRITES_AT_ONCE = 10;

/**
 * Publishes the latest run: every application gets its result, and the stream e-mails each person once. Refused
 * when anything changed since the run (run it again), when it is not the latest run, and while intake is open
 * (extended after the run): results published then would leave the round open to people who could never be
 * selected. Publishing again writes the same results, which e-mails nobody twice.
 */
export async function publishSelection(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; runId: string },
): Promise<SelectionRunResponse> {
  const round = await loadRound(ports, input.roundId);
  const run = await ports.selectionRuns.latest(round.id);
  if (!run || run.summary.runId !== input.runId) throw new NotFoundError('SELECTION_NOT_RUN');
  if (intakeState(round.window, staff.at) !== 'closed') throw new RuleViolationError([{ code: 'INTAKE_NOT_CLOSED' }]);
  const current = await currentSelection(ports, round);
  if (run.summary.status === 'computed' && current.inputsHash !== run.summary.inputsHash) {
    throw new ConflictError('SELECTION_STALE');
  }
  const publishedAt = run.summary.publishedAt ?? staff.at.toISOString();
  if (run.summary.status === 'computed') {
    // The run is not stale, so its references are exactly the applications just read through the scoped view.
    const read = new Map(
      [...current.applications.values()].flat().map((application) => [application.reference, application]),
    );
    const outcomes = run.parts.flatMap(({ result }) => outcomesOf(result, run.summary.runId, publishedAt));
    for (let start = 0; start < outcomes.length; start += WRITES_AT_ONCE) {
      await Promise.all(
        outcomes
          .slice(start, start + WRITES_AT_ONCE)
          .map(({ reference, selection }) => ports.applications.recordSelection(readOf(read, reference), selection)),
      );
    }
  }
  const audit = auditEntry(staff, { roundId: round.id });
  const published = await ports.selectionRuns.markPublished(
    round.id,
    run.summary.runId,
    { publishedAt, publishedBy: staff.identity.username },
    audit,
  );
  if (!published) await ports.audit.append({ ...audit, reason: 'ALREADY_PUBLISHED' });
  const summary = {
    ...run.summary,
    status: 'published' as const,
    publishedAt,
    publishedBy: run.summary.publishedBy ?? staff.identity.username,
  };
  return { run: summary, stale: false, results: currentResults({ ...run, summary }, current.applications) };
}

function readOf(read: ReadonlyMap<string, ScopedApplication>, reference: string): ScopedApplication {
  const application = read.get(reference);
  if (!application) throw new Error(`Application ${reference} of the run was not read for publication`);
  return application;
}

function outcomesOf(result: SelectionResult, runId: string, publishedAt: string) {
  const base = { runId, publishedAt };
  return [
    ...result.selected.map((entry) => ({
      reference: entry.reference,
      selection: { ...base, outcome: 'selected', rank: entry.rank } satisfies SelectionOutcome,
    })),
    ...result.waitlisted.map((entry) => ({
      reference: entry.reference,
      selection: {
        ...base,
        outcome: 'waitlisted',
        rank: entry.rank,
        position: entry.position,
      } satisfies SelectionOutcome,
    })),
    ...result.excluded.map((entry) => ({
      reference: entry.reference,
      selection: { ...base, outcome: 'not-selected', reason: entry.reason } satisfies SelectionOutcome,
    })),
  ];
}
