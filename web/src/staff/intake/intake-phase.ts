import type { IntakeState, Round } from '../../api/types.ts';
import { rigaDateTime } from '../../format/dates.ts';

/** Where intake stands on the page's clock: as the server says, plus `closing`, an early closing not yet in effect. */
export type IntakePhase = IntakeState | 'closing';

export type WindowTimes = Pick<Round['window'], 'opensAt' | 'closesAt' | 'closedEarlyAt'>;

/**
 * The phase at `now`. The round's `intakeState` is the server's word at the moment it was read; an early closing
 * takes effect a little later, and a page left open must follow it, so the page reads the instants itself.
 */
export function intakePhase(window: WindowTimes, now: number): IntakePhase {
  if (now < Date.parse(window.opensAt)) return 'not-yet-open';
  if (now >= Date.parse(window.closesAt)) return 'closed';
  return window.closedEarlyAt ? 'closing' : 'open';
}

/**
 * An instant in Riga time to the second, `{ date: '16.08.2019', time: '14:05:30' }`: an early closing takes
 * effect half a minute after the request, so the minute alone would not say when. Riga's offset from UTC is whole
 * hours, so the seconds are UTC's.
 */
export function rigaSecond(instant: string): { date: string; time: string } {
  const { date, time } = rigaDateTime(instant);
  return { date, time: `${time}:${String(new Date(instant).getUTCSeconds()).padStart(2, '0')}` };
}
