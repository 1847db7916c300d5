import { localDateTime } from '../../../shared/domain/riga-time.ts';

/** `2019-08-16` → `16.08.2019`: the way dates are written in Latvia, used in both languages. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** An instant as the date and time in Riga (the time zone of the call), e.g. `{ date: '01.08.2019', time: '09:30' }`. */
export const rigaDateTime = (instant: string) => localDateTime(instant);

/**
 * The start and the end of intake as people read them, in Riga time: the first minute applications are taken and
 * the last, `{ first: { date: '01.08.2019', time: '00:00' }, last: { date: '16.08.2019', time: '23:59' } }`. The
 * end is the last minute before `closesAt` (the first instant applications are no longer taken), so a window that
 * ends at midnight never reads as ending on the next day.
 */
export function intakeTimes(window: { opensAt: string; closesAt: string }) {
  return { first: localDateTime(window.opensAt), last: localDateTime(new Date(Date.parse(window.closesAt) - 1)) };
}

/** File sizes as people read them: `850 KB`, `12.4 MB` (decimal comma in Latvian). */
export function formatSize(bytes: number, language: 'lv' | 'en'): string {
  const megabytes = bytes / (1024 * 1024);
  const text = megabytes >= 1 ? `${megabytes.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return language === 'lv' ? text.replace('.', ',') : text;
}
