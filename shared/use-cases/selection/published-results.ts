import { promoteAfterWithdrawal } from '../../domain/selection.ts';
import type { StoredRun } from '../../ports/selection-runs.ts';
import type { Application } from '../../schemas/application.ts';
import type { MunicipalityResult } from '../../schemas/selection-api.ts';

/**
 * The results as they stand now. A run's stored result never changes; after publication, each selected or
 * waiting person who withdrew passes their place on (in the order they withdrew), exactly as selecting again
 * without them would. So the current results follow from the stored run and the recorded withdrawals alone.
 */
export function currentResults(run: StoredRun, applications: ReadonlyMap<string, Application[]>): MunicipalityResult[] {
  return run.parts.map(({ municipalityCode, result }) => {
    const promotions: MunicipalityResult['promotions'] = [];
    if (run.summary.status !== 'published') return { municipalityCode, result, promotions };
    const withdrawals = (applications.get(municipalityCode) ?? [])
      .filter((application) => application.withdrawal)
      .sort((a, b) => (a.withdrawal?.at ?? '').localeCompare(b.withdrawal?.at ?? ''));
    let current = result;
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
  });
}

/** One municipality's current result, from its own applications only; `undefined` when the run has no such part. */
export function currentResultOf(
  run: StoredRun,
  municipalityCode: string,
  applications: Application[],
): MunicipalityResult | undefined {
  const own = { ...run, parts: run.parts.filter((part) => part.municipalityCode === municipalityCode) };
  return currentResults(own, new Map([[municipalityCode, applications]]))[0];
}
