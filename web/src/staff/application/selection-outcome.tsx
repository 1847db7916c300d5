import { rigaDateTime } from '../../format/dates.ts';
import type { SelectionOutcome } from '../api/types.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { useStaffTexts } from '../i18n/texts.ts';

/** The published result, in the words the person was told, and when a place came free for them. */
export function SelectionOutcomeSection({
  outcome,
  withdrawnAt,
}: {
  outcome: SelectionOutcome;
  withdrawnAt?: string | undefined;
}) {
  const { s } = useStaffTexts();
  const when = (instant: string) => {
    const at = rigaDateTime(instant);
    return s.common.dateTime(at.date, at.time);
  };
  const text =
    outcome.outcome === 'selected'
      ? s.outcome.selected(outcome.rank)
      : outcome.outcome === 'waitlisted'
        ? s.outcome.waitlisted(outcome.position)
        : s.outcome.notSelected(outcome.reason && s.selection.reasons[outcome.reason]);
  return (
    <ReviewSection id="outcome" title={s.outcome.title}>
      <p data-testid="selection-outcome">
        <strong>{text}</strong>
      </p>
      {outcome.offeredAt && <p>{s.outcome.offered(when(outcome.offeredAt))}</p>}
      {withdrawnAt && withdrawnAt > outcome.publishedAt && <p>{s.outcome.withdrawnSince}</p>}
      <p class="hint">{s.outcome.published(when(outcome.publishedAt))}</p>
    </ReviewSection>
  );
}
