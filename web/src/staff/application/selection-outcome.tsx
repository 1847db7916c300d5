import type { SelectionOutcome } from '../api/types.ts';
import { readableTime } from '../format/readable-time.ts';
import { type StaffTexts, useStaffTexts } from '../i18n/texts.ts';

/** The published result in the words the person was told: selected with the rank, waiting at a position, or not. */
export function outcomeText(s: StaffTexts, outcome: SelectionOutcome): string {
  if (outcome.outcome === 'selected') return s.outcome.selected(outcome.rank);
  if (outcome.outcome === 'waitlisted') return s.outcome.waitlisted(outcome.position);
  return s.outcome.notSelected(outcome.reason && s.selection.reasons[outcome.reason]);
}

/** The published result, in the words the person was told, and when a place came free for them. */
export function SelectionOutcomeSection({
  outcome,
  withdrawnAt,
}: {
  outcome: SelectionOutcome;
  withdrawnAt?: string | undefined;
}) {
  const { s } = useStaffTexts();
  const when = (instant: string) => readableTime(s, instant);
  return (
    <>
      <p data-testid="selection-outcome">
        <strong>{outcomeText(s, outcome)}</strong>
      </p>
      {outcome.offeredAt && <p>{s.outcome.offered(when(outcome.offeredAt))}</p>}
      {withdrawnAt && withdrawnAt > outcome.publishedAt && <p>{s.outcome.withdrawnSince}</p>}
      <p class="hint">{s.outcome.published(when(outcome.publishedAt))}</p>
    </>
  );
}
