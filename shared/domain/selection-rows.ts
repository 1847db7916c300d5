import type {
  ExcludedEntry,
  ExclusionReason,
  RunRow,
  SelectedEntry,
  SelectionCandidate,
  SelectionCandidateState,
  SelectionInput,
  SelectionResult,
  WaitlistedEntry,
} from '../schemas/selection.ts';
import { byReference } from './selection-order.ts';

/** The one state each exclusion reason stands for (the selection's reasons, read backwards). */
const STATE_OF_REASON: Readonly<Record<ExclusionReason, SelectionCandidateState>> = {
  'not-eligible': 'not-eligible',
  'set-aside-duplicate': 'set-aside',
  withdrawn: 'withdrawn',
};

/**
 * A municipality's result as the rows a run stores, in the order a protocol lists them: the selected by rank, the
 * waiting by position, then the excluded by reference. Together with the cap they hold the inputs and the result.
 */
export function rowsOfResult(result: SelectionResult): RunRow[] {
  const rows: RunRow[] = [];
  for (const { reference, totalScore, receivedAt, rank } of result.selected) {
    rows.push({ reference, totalScore, receivedAt, rank });
  }
  for (const { reference, totalScore, receivedAt, rank, position } of result.waitlisted) {
    rows.push({ reference, totalScore, receivedAt, rank, position });
  }
  for (const { reference, totalScore, receivedAt, reason } of result.excluded) {
    rows.push({ reference, totalScore, receivedAt, reason });
  }
  return rows;
}

/** The result the rows were made of. */
export function resultOfRows(cap: number, rows: readonly RunRow[]): SelectionResult {
  const selected: SelectedEntry[] = [];
  const waitlisted: WaitlistedEntry[] = [];
  const excluded: ExcludedEntry[] = [];
  for (const { reference, totalScore, receivedAt, rank, position, reason } of rows) {
    const entry = { reference, totalScore, receivedAt };
    if (reason !== undefined) excluded.push({ ...entry, reason });
    else if (rank === undefined) throw new RangeError(`The row of ${reference} has neither a rank nor a reason`);
    else if (position === undefined) selected.push({ ...entry, rank });
    else waitlisted.push({ ...entry, rank, position });
  }
  return { cap, selected, waitlisted, excluded };
}

/** The canonical inputs the rows were selected from: every candidate with its state, in reference order. */
export function inputOfRows(cap: number, rows: readonly RunRow[]): SelectionInput {
  const applications = rows.map(
    ({ reference, totalScore, receivedAt, reason }): SelectionCandidate => ({
      reference,
      state: reason === undefined ? 'eligible' : STATE_OF_REASON[reason],
      totalScore,
      receivedAt,
    }),
  );
  return { cap, applications: applications.sort(byReference) };
}

/** A result's numbers, as a run's summary keeps them for each municipality. */
export function countsOf({ cap, selected, waitlisted, excluded }: SelectionResult) {
  return { cap, selected: selected.length, waitlisted: waitlisted.length, excluded: excluded.length };
}
