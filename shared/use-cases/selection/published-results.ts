import { promoteAfterWithdrawal } from '../../domain/selection.ts';
import type { Application } from '../../schemas/application.ts';
import type { SelectionResult } from '../../schemas/selection.ts';
import type { MunicipalityResult, SelectionRunSummary } from '../../schemas/selection-api.ts';

/**
 * One municipality's result as it stands now, from its stored result and its own applications. A run's stored
 * result never changes; after publication, each selected or waiting person who withdrew passes their place on (in
 * the order they withdrew), exactly as selecting again without them would. So the current result follows from the
 * stored run and the recorded withdrawals alone.
 */
export function currentResultOf(
  run: Pick<SelectionRunSummary, 'status'>,
  municipalityCode: string,
  stored: SelectionResult,
  applications: readonly Application[],
): MunicipalityResult {
  const promotions: MunicipalityResult['promotions'] = [];
  if (run.status !== 'published') return { municipalityCode, result: stored, promotions };
  const withdrawals = applications
    .filter((application) => application.withdrawal)
    .sort((a, b) => (a.withdrawal?.at ?? '').localeCompare(b.withdrawal?.at ?? ''));
  let current = stored;
  for (const application of withdrawals) {
    const holdsPlace = [...current.selected, ...current.waitlisted].some(
      (entry) => entry.reference === application.reference,
    );
    if (!holdsPlace || !application.withdrawal) continue;
    const next = promoteAfterWithdrawal(current, application.reference);
    current = next.result;
    promotions.push({
      withdrawn: application.reference,
      ...(next.promoted && { promoted: next.promoted }),
      at: application.withdrawal.at,
      by: application.withdrawal.by.username,
    });
  }
  return { municipalityCode, result: current, promotions };
}

/** Whether any withdrawal may have passed a place on: only after publication, and only with a withdrawal. */
export function mayHavePromotions(
  run: Pick<SelectionRunSummary, 'status'>,
  applications: readonly Application[],
): boolean {
  return run.status === 'published' && applications.some((application) => application.withdrawal);
}
