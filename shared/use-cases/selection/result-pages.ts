import { countsOf, resultOfRows, rowsOfResult } from '../../domain/selection-rows.ts';
import type { Ports } from '../../ports/index.ts';
import type { RowRange } from '../../ports/selection-runs.ts';
import type { Application } from '../../schemas/application.ts';
import type { RunRow } from '../../schemas/selection.ts';
import type { ResultPage, ResultRow, SelectionRunSummary } from '../../schemas/selection-api.ts';
import { currentResultOf, mayHavePromotions } from './published-results.ts';

/**
 * A page of one municipality's result as it stands now (`range`, or every row without one); `undefined` when the
 * run has no such municipality. Only the rows of the page are read, unless a withdrawal after publication may have passed places on: then the whole
 * municipality's rows are, to pass them on in order. `applications` are the municipality's own, for its
 * withdrawals; they are needed only once the run is published.
 */
export async function resultPage(
  ports: Pick<Ports, 'selectionRuns'>,
  run: SelectionRunSummary,
  municipalityCode: string,
  applications: readonly Application[],
  range?: RowRange,
): Promise<ResultPage | undefined> {
  const counts = run.municipalities.find((municipality) => municipality.code === municipalityCode);
  if (!counts) return undefined;
  const total = counts.selected + counts.waitlisted + counts.excluded;
  const page = { municipalityCode, cap: counts.cap, from: range?.from ?? 0, total };
  if (!mayHavePromotions(run, applications)) {
    const rows = await ports.selectionRuns.rows(run.roundId, run.runId, municipalityCode, range);
    const { selected, waitlisted, excluded } = counts;
    return { ...page, selected, waitlisted, excluded, rows: rows.map(resultRow), promotions: [] };
  }
  const stored = resultOfRows(counts.cap, await ports.selectionRuns.rows(run.roundId, run.runId, municipalityCode));
  const { result, promotions } = currentResultOf(run, municipalityCode, stored, applications);
  return {
    ...page,
    ...countsOf(result),
    rows: (range ? rowsOfResult(result).slice(range.from, range.from + range.count) : rowsOfResult(result)).map(
      resultRow,
    ),
    promotions,
  };
}

/** A stored row as people read it: its decision, and a rank only for those who take part. */
export function resultRow({ reference, totalScore, receivedAt, rank, position, reason }: RunRow): ResultRow {
  const entry = { reference, totalScore, receivedAt };
  if (reason !== undefined) return { ...entry, rank: null, decision: 'not-selected', reason };
  if (rank === undefined) throw new RangeError(`The row of ${reference} has neither a rank nor a reason`);
  return position === undefined
    ? { ...entry, rank, decision: 'selected' }
    : { ...entry, rank, decision: 'waitlisted', position };
}
