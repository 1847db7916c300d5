import { RIGA_TIME_ZONE } from '../../../shared/domain/riga-time.ts';

/** `2019-08-16` → `16.08.2019`: the way dates are written in Latvia, used in both languages. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** An instant as the date and time in Riga (the time zone of the call), e.g. `{ date: '01.08.2019', time: '09:30' }`. */
export function rigaDateTime(instant: string, timeZone = RIGA_TIME_ZONE): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('day')}.${part('month')}.${part('year')}`, time: `${part('hour')}:${part('minute')}` };
}

/** File sizes as people read them: `850 KB`, `12.4 MB` (decimal comma in Latvian). */
export function formatSize(bytes: number, language: 'lv' | 'en'): string {
  const megabytes = bytes / (1024 * 1024);
  const text = megabytes >= 1 ? `${megabytes.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return language === 'lv' ? text.replace('.', ',') : text;
}
