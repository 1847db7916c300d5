/** Latvian local time: the call's dates and every time shown to people are in this zone. */
export const RIGA_TIME_ZONE = 'Europe/Riga';

/**
 * An instant as people in Latvia read it, date and clock time apart: `{ date: '01.08.2019', time: '09:30' }`, in
 * Riga time (summer time included) unless another zone is given. Instants are stored in UTC, so without this a
 * receipt at 00:30 in Riga would show the day before. Plain, so the pages and the e-mails write times alike.
 */
export function localDateTime(instant: string | Date, timeZone = RIGA_TIME_ZONE): { date: string; time: string } {
  const { date, hour, minute } = zonedParts(instant, timeZone);
  return { date, time: `${hour}:${minute}` };
}

/**
 * The same to the second, `{ date: '01.08.2019', time: '09:51:07' }`: where people compare receipt times that
 * fall in one minute, as a selection protocol's equal scores are ordered.
 */
export function localDateTimeToSecond(
  instant: string | Date,
  timeZone = RIGA_TIME_ZONE,
): { date: string; time: string } {
  const { date, hour, minute, second } = zonedParts(instant, timeZone);
  return { date, time: `${hour}:${minute}:${second}` };
}

/**
 * An instant as ISO 8601 in Riga's clock time with its offset, `2019-08-01T09:51:07.123+03:00`: the same instant
 * as the stored UTC one, for files that people read in a spreadsheet and programs read as well.
 */
export function rigaIsoInstant(instant: string | Date, timeZone = RIGA_TIME_ZONE): string {
  const { isoDate, hour, minute, second, offset } = zonedParts(instant, timeZone);
  const milliseconds = String(new Date(instant).getUTCMilliseconds()).padStart(3, '0');
  return `${isoDate}T${hour}:${minute}:${second}.${milliseconds}${offset}`;
}

/**
 * One formatter per zone, made when first needed: making it is most of the cost of formatting an instant (about
 * 45 µs of 50), and a protocol or an export formats one for every row.
 */
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date, clock time and offset of an instant in a zone, each part two digits (the year four). */
function zonedParts(instant: string | Date, timeZone: string) {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError('Not a valid instant');
  const parts = partsFormat(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value ?? '';
  const isoDate = `${part('year')}-${part('month')}-${part('day')}`;
  return {
    isoDate,
    date: latvianDate(isoDate),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    // `GMT+03:00`, or `GMT` alone at offset zero.
    offset: part('timeZoneName').replace('GMT', '') || '+00:00',
  };
}

/** The calendar date in Riga at an instant, as `YYYY-MM-DD`. */
export function rigaCalendarDate(instant: string | Date, timeZone = RIGA_TIME_ZONE): string {
  return zonedParts(instant, timeZone).isoDate;
}

/** The calendar day `days` after `YYYY-MM-DD` (before, when negative): plain calendar arithmetic. */
export function addDays(isoDate: string, days: number): string {
  const date = utcMidnight(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return calendarDate(date);
}

/**
 * The same day `months` later, as a term counted in months ends: when the later month is shorter, its last day
 * (31.01 + 1 month = 28.02 or 29.02). Plain calendar arithmetic on `YYYY-MM-DD`.
 */
export function addMonths(isoDate: string, months: number): string {
  const date = utcMidnight(isoDate);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(date);
  lastDay.setUTCMonth(lastDay.getUTCMonth() + 1, 0);
  date.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return calendarDate(date);
}

/** The month of `YYYY-MM-DD`, as `YYYY-MM`. */
export function calendarMonth(isoDate: string): string {
  return isoDate.slice(0, -3);
}

/**
 * `YYYY-MM-DD` as midnight UTC, read by its numbers: `Date.UTC` would put the years 0–99 in the 1900s, and
 * `Date.parse` reads no year past 9999 without an instant's `+010000` form.
 */
function utcMidnight(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** A UTC midnight as `YYYY-MM-DD`, the year in four digits or, from 10000 on, as many as it takes. */
function calendarDate(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** `YYYY-MM-DD` as people in Latvia write it: `DD.MM.YYYY`. */
export function latvianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
