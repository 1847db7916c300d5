import { rigaDateTime } from '../../format/dates.ts';
import { useStaffTexts } from '../i18n/texts.ts';

/** "Recorded by Bauskas sociālais darbinieks, 01.08.2019 at 09:30." under a decision. */
export function DecidedBy({ by, at }: { by: { displayName: string }; at: string }) {
  const { s } = useStaffTexts();
  const when = rigaDateTime(at);
  return <p class="hint">{s.application.recordedBy(s.common.by(by.displayName, when.date, when.time))}</p>;
}
