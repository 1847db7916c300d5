import { rigaDateTime } from './dates.ts';

/**
 * The last minute a draft is kept, in Riga time: a draft kept "until" the end of intake (local midnight) reads
 * as the last day at 23:59, never as the next day at 00:00.
 */
export function keptUntil(expiresAt: string): string {
  const { date, time } = rigaDateTime(new Date(Date.parse(expiresAt) - 60_000).toISOString());
  return `${date} ${time}`;
}
