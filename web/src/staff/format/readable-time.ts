import { rigaDateTime } from '../../format/dates.ts';
import type { StaffTexts } from '../i18n/texts.ts';

/** "01.08.2019 plkst. 09:30": an instant as people read it, in Riga time. */
export function readableTime(s: StaffTexts, instant: string): string {
  const when = rigaDateTime(instant);
  return s.common.dateTime(when.date, when.time);
}
