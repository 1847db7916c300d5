import { useEffect, useRef } from 'preact/hooks';
import { rigaDateTime } from '../../format/dates.ts';
import type { RetentionResponse } from '../api/types.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { type StaffTexts, useStaffTexts } from '../i18n/texts.ts';

/**
 * When the round's retention erases the data, or that it began or was done, and when. `focus`: the form that was
 * just used is gone (the data was erased), so focus moves here, to what the page now says.
 */
export function KeptSection({ view, focus }: { view: RetentionResponse; focus: boolean }) {
  const { s } = useStaffTexts();
  const w = s.retention;
  const state = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) state.current?.focus();
  }, [focus]);
  return (
    <ReviewSection id="kept" title={w.keptTitle}>
      <div class="inset" data-testid="retention-state" tabIndex={-1} ref={state}>
        {view.anonymised ? (
          <p>
            <strong>{w.removed(when(s, view.anonymised.at), w.rules[view.anonymised.rule])}</strong>
          </p>
        ) : (
          <>
            <p>{view.due ? w.due[view.due.rule](when(s, view.due.at)) : w.noPeriodYet}</p>
            {view.hold && <p>{w.heldNotRemoved}</p>}
            {view.erasureUnderWay && <p>{w.underWay(when(s, view.erasureUnderWay.since))}</p>}
          </>
        )}
      </div>
    </ReviewSection>
  );
}

/** An instant as people in the office read it: `01.08.2019 plkst. 09:30`, Riga time. */
export function when(s: StaffTexts, instant: string): string {
  const { date, time } = rigaDateTime(instant);
  return s.common.dateTime(date, time);
}
