/** Latvian local time: the call's dates and every time shown to people are in this zone. */
export const RIGA_TIME_ZONE = 'Europe/Riga';

/**
 * An instant as people in Latvia read it, date and clock time apart: `{ date: '01.08.2019', time: '09:30' }`, in
 * Riga time (summer time included) unless another zone is given. Instants are stored in UTC, so without this a
 * receipt at 00:30 in Riga would show the day before. Plain, so the pages and the e-mails write times alike.
 */
export function localDateTime(instant: string | Date, timeZone = RIGA_TIME_ZONE): { date: string; time: string } {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError('Not a valid instant');
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value ?? '';
  return { date: `${part('day')}.${part('month')}.${part('year')}`, time: `${part('hour')}:${part('minute')}` };
}
