import { localDateTime } from '../../../shared/domain/riga-time.ts';

/** `2019-08-16` → `16.08.2019`: the way dates are written in Latvia, used in both languages. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/**
 * The last day of intake as `dd.mm.yyyy`: the window's, or the Riga day intake was closed early (nothing is
 * accepted from the closing instant on, so the day of the instant just before it).
 */
export function lastDayShown(window: { lastDay: string; closedEarlyAt?: string | undefined }): string {
  return window.closedEarlyAt
    ? localDateTime(new Date(Date.parse(window.closedEarlyAt) - 1)).date
    : formatDay(window.lastDay);
}

/** An instant as the date and time in Riga (the time zone of the call), e.g. `{ date: '01.08.2019', time: '09:30' }`. */
export const rigaDateTime = (instant: string) => localDateTime(instant);

/** File sizes as people read them: `850 KB`, `12.4 MB` (decimal comma in Latvian). */
export function formatSize(bytes: number, language: 'lv' | 'en'): string {
  const megabytes = bytes / (1024 * 1024);
  const text = megabytes >= 1 ? `${megabytes.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return language === 'lv' ? text.replace('.', ',') : text;
}
