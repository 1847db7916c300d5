import { rigaDateTime } from '../../format/dates.ts';
import { type StaffTexts, useStaffTexts } from '../i18n/texts.ts';

/** Who recorded a decision and when. */
export interface Decided {
  by: { displayName: string };
  at: string;
}

/** "Bauskas sociālais darbinieks, 01.08.2019 plkst. 09:30": who recorded a decision, in Riga time. */
export function whoAndWhen(s: StaffTexts, decided: Decided): string {
  const when = rigaDateTime(decided.at);
  return s.common.by(decided.by.displayName, when.date, when.time);
}

/** "The documents are in order. Checked by Bauskas sociālais darbinieks, 01.08.2019 plkst. 09:30." */
export function documentCheckLine(s: StaffTexts, check: Decided & { verified: boolean }): string {
  const result = check.verified ? s.application.currentVerified : s.application.currentNotVerified;
  return s.application.checkedBy(result, whoAndWhen(s, check));
}

/** "Recorded by Bauskas sociālais darbinieks, 01.08.2019 at 09:30." under a decision. */
export function DecidedBy({ by, at }: Decided) {
  const { s } = useStaffTexts();
  return <p class="hint">{s.application.recordedBy(whoAndWhen(s, { by, at }))}</p>;
}
