import { TZDate } from '@date-fns/tz';
import type { IntakeWindow } from '../schemas/round.ts';

/**
 * The window as instants: `[opensAt, closesAt)`, from local midnight of the first day to that after the last, or
 * to the instant an administrator closed it early, whichever comes first.
 */
export interface WindowInstants {
  opensAt: Date;
  closesAt: Date;
}

export type IntakeState = 'not-yet-open' | 'open' | 'closed';

/**
 * The call states local dates ("01.08.2019 to 16.08.2019 inclusive"); the zone's rules, including summer
 * time, turn them into instants. For the 2019 pilot: [2019-07-31T21:00Z, 2019-08-16T21:00Z). An early closing
 * only ever ends the window sooner, so every check of a receipt time (create, upload, submit) follows it.
 */
export function windowInstants(window: IntakeWindow): WindowInstants {
  const afterLastDay = localInstant(window.lastDay, '24:00', window.timeZone);
  const closedEarlyAt = window.closedEarlyAt ? new Date(window.closedEarlyAt) : undefined;
  return {
    opensAt: localInstant(window.firstDay, '00:00', window.timeZone),
    closesAt: closedEarlyAt && closedEarlyAt < afterLastDay ? closedEarlyAt : afterLastDay,
  };
}

/** Where a receipt time falls. The server's receipt time decides, never the client's clock. */
export function intakeState(window: IntakeWindow, receivedAt: Date): IntakeState {
  const { opensAt, closesAt } = windowInstants(window);
  if (receivedAt.getTime() < opensAt.getTime()) return 'not-yet-open';
  if (receivedAt.getTime() >= closesAt.getTime()) return 'closed';
  return 'open';
}

/**
 * An instant from a date and clock time (`HH:MM`; `24:00` is the midnight that ends the day) as people read them in
 * `timeZone` (e.g. the office's stamp in Riga). The zone's offset is looked up when first needed, not when the
 * module loads: most functions that carry this module never call it, and their cold start does not pay for the
 * time-zone data.
 */
export function localInstant(isoDate: string, clockTime: string, timeZone: string): Date {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = isoDate.split('-').map(Number);
  const [hours = Number.NaN, minutes = Number.NaN] = clockTime.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime());
}
