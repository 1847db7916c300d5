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

/** The calendar date in Riga at an instant, as `YYYY-MM-DD`. */
export function rigaCalendarDate(instant: string | Date, timeZone = RIGA_TIME_ZONE): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError('Not a valid instant');
  // The en-CA locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * The same day `months` later, as a term counted in months ends: when the later month is shorter, its last day
 * (31.01 + 1 month = 28.02 or 29.02). Plain calendar arithmetic on `YYYY-MM-DD`.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as people in Latvia write it: `DD.MM.YYYY`. */
export function latvianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
