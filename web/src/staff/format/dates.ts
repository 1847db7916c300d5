import { realDate } from '../../../../shared/domain/personal-code.ts';
import { addDays, rigaCalendarDate } from '../../../../shared/domain/riga-time.ts';

/**
 * Dates and times as staff type them in Latvia (`16.08.2019`, `09:30`), turned into what the API takes. Showing
 * instants in Riga time is `src/format/dates.ts`'s `rigaDateTime`.
 */

/** `16.08.2019` (or `16.8.2019`) → `2019-08-16`; undefined when it is not a real calendar date. */
export function parseDay(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  // The same calendar check as the server's, so a date the page sends is one the API takes as real.
  return realDate(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** `9:30` or `09:30` → `09:30`; undefined when it is not a clock time. */
export function parseClockTime(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** Today's date in Riga as `YYYY-MM-DD`, shifted by `days`: the days staff filter by are Riga days. */
export function rigaDay(days = 0, now = new Date()): string {
  return addDays(rigaCalendarDate(now), days);
}
