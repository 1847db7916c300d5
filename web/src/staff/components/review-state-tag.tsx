import type { ReviewState } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';

/** The review state as words in a box; the colour only repeats what the words say. */
export function ReviewStateTag({ state }: { state: ReviewState }) {
  const { s } = useStaffTexts();
  return <strong class={`status-tag review-${state}`}>{s.common.states[state]}</strong>;
}
