import { stringify } from 'csv-stringify/sync';
import { NotFoundError } from '../../domain/errors.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { SelectionResult } from '../../schemas/selection.ts';
import type { ProtocolResponse, ProtocolRow } from '../../schemas/selection-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { queueMunicipality } from '../staff/staff-scope.ts';
import { currentResultOf } from './published-results.ts';

/**
 * A municipality's selection protocol: every application with its rank, score, receipt time and decision, from
 * the latest run as it stands now. References and numbers only: it can be shown and printed.
 */
export async function getProtocol(
  ports: StaffPorts,
  staff: StaffContext,
  input: { roundId: string; municipality?: string },
): Promise<ProtocolResponse> {
  const round = await loadRound(ports, input.roundId);
  const municipalityCode = queueMunicipality(staff.identity, round, input.municipality);
  const run = await ports.selectionRuns.latest(round.id);
  if (!run) throw new NotFoundError('SELECTION_NOT_RUN');
  // Only this municipality's applications bear on its part: its withdrawals pass its places on.
  const part = currentResultOf(run, municipalityCode, await ports.applications.queue(round.id, municipalityCode));
  if (!part) throw new NotFoundError('SELECTION_NOT_RUN');
  await ports.audit.append(auditEntry(staff, { roundId: round.id, municipalityCode }));
  return { run: run.summary, municipalityCode, rows: protocolRows(part.result) };
}

export function protocolRows(result: SelectionResult): ProtocolRow[] {
  return [
    ...result.selected.map((entry) => ({ ...entry, decision: 'selected' as const })),
    ...result.waitlisted.map((entry) => ({ ...entry, decision: 'waitlisted' as const })),
    ...result.excluded.map(({ reason, ...entry }) => ({
      ...entry,
      rank: null,
      decision: 'not-selected' as const,
      reason,
    })),
  ];
}

/** The protocol as CSV, with a byte-order mark so spreadsheets read it as UTF-8. */
export function protocolCsv(protocol: ProtocolResponse): string {
  const rows = protocol.rows.map((row) => ({
    rank: row.rank ?? '',
    reference: row.reference,
    totalScore: row.totalScore ?? '',
    receivedAt: row.receivedAt,
    decision: row.decision,
    position: row.position ?? '',
    reason: row.reason ?? '',
  }));
  const columns = ['rank', 'reference', 'totalScore', 'receivedAt', 'decision', 'position', 'reason'];
  return `\uFEFF${stringify(rows, { header: true, columns })}`;
}
