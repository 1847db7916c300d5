import { describe, expect, it } from 'vitest';
import { intakeState, windowInstants } from '../../shared/domain/intake-window.ts';

const pilot = { firstDay: '2019-08-01', lastDay: '2019-08-16', timeZone: 'Europe/Riga' };

describe('intake window', () => {
  it('turns the 2019 dates, Riga summer time, into [2019-07-31T21:00Z, 2019-08-16T21:00Z)', () => {
    const { opensAt, closesAt } = windowInstants(pilot);
    expect(opensAt.toISOString()).toBe('2019-07-31T21:00:00.000Z');
    expect(closesAt.toISOString()).toBe('2019-08-16T21:00:00.000Z');
  });

  it.each([
    ['2019-07-31T20:59:59.999Z', 'not-yet-open'],
    ['2019-07-31T21:00:00.000Z', 'open'],
    ['2019-08-16T20:59:59.999Z', 'open'],
    ['2019-08-16T21:00:00.000Z', 'closed'],
  ])('at %s intake is %s', (instant, state) => {
    expect(intakeState(pilot, new Date(instant))).toBe(state);
  });

  it('uses winter time (UTC+2) for a window in January', () => {
    const { opensAt, closesAt } = windowInstants({
      firstDay: '2020-01-10',
      lastDay: '2020-01-10',
      timeZone: 'Europe/Riga',
    });
    expect(opensAt.toISOString()).toBe('2020-01-09T22:00:00.000Z');
    expect(closesAt.toISOString()).toBe('2020-01-10T22:00:00.000Z');
  });

  it.each([
    ['2019-03-31', 23, 'begins'],
    ['2019-10-27', 25, 'ends'],
  ])('lasts, on %s, %i hours: the day summer time %s', (day, hours) => {
    const { opensAt, closesAt } = windowInstants({ firstDay: day, lastDay: day, timeZone: 'Europe/Riga' });
    expect((closesAt.getTime() - opensAt.getTime()) / 3_600_000).toBe(hours);
  });

  it('closes at the Riga midnight after its last day, at the end of a month, a year and the calendar', () => {
    const closing = (lastDay: string) =>
      windowInstants({ firstDay: '2019-08-01', lastDay, timeZone: 'Europe/Riga' }).closesAt.toISOString();
    expect(closing('2019-08-31')).toBe('2019-08-31T21:00:00.000Z');
    expect(closing('2019-12-31')).toBe('2019-12-31T22:00:00.000Z');
    expect(closing('2020-02-28')).toBe('2020-02-28T22:00:00.000Z');
    // The last day a date can name: the window still ends, at the midnight that starts the year 10000.
    expect(closing('9999-12-31')).toBe('9999-12-31T22:00:00.000Z');
  });
});

describe('intake window closed early', () => {
  const closedEarlyAt = '2019-08-10T09:30:00.000Z';
  const closedEarly = { ...pilot, closedEarlyAt };

  it('ends at the early closing, while the opening stays', () => {
    const { opensAt, closesAt } = windowInstants(closedEarly);
    expect(opensAt.toISOString()).toBe('2019-07-31T21:00:00.000Z');
    expect(closesAt.toISOString()).toBe(closedEarlyAt);
  });

  it.each([
    ['2019-07-31T20:59:59.999Z', 'not-yet-open'],
    ['2019-07-31T21:00:00.000Z', 'open'],
    ['2019-08-10T09:29:59.999Z', 'open'],
    ['2019-08-10T09:30:00.000Z', 'closed'],
    ['2019-08-16T20:59:59.999Z', 'closed'],
  ])('at %s intake is %s', (instant, state) => {
    expect(intakeState(closedEarly, new Date(instant))).toBe(state);
  });

  it('never ends later than the last day, even when the closing instant is after it', () => {
    const { closesAt } = windowInstants({ ...pilot, closedEarlyAt: '2019-08-16T21:00:20.000Z' });
    expect(closesAt.toISOString()).toBe('2019-08-16T21:00:00.000Z');
  });
});
