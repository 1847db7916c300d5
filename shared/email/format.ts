/** Latvian local time: the call's dates and every time shown to people are in this zone. */
export const RIGA_TIME_ZONE = 'Europe/Riga';

const rigaDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: RIGA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as people in Latvia read it: `DD.MM.YYYY HH:mm` in Riga time, summer time included. Instants are
 * stored in UTC, so without this a receipt sent at 00:30 in Riga would show the day before.
 */
export function formatRigaDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError('Not a valid instant');
  const parts = Object.fromEntries(rigaDateTime.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}
