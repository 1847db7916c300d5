import { describe, expect, it } from 'vitest';
import { windowInstants } from '../../shared/domain/intake-window.ts';
import { intakeTimes } from '../../web/src/format/dates.ts';
import { en } from '../../web/src/i18n/en.ts';
import { lv } from '../../web/src/i18n/lv.ts';

const instants = (window: Parameters<typeof windowInstants>[0]) => {
  const { opensAt, closesAt } = windowInstants(window);
  return { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() };
};

describe('the start and end of intake, as the pages write them', () => {
  it('ends at 23:59 of the last day in Riga, never at 00:00 of the next', () => {
    const window = instants({ firstDay: '2019-08-01', lastDay: '2019-08-16', timeZone: 'Europe/Riga' });
    expect(window.closesAt).toBe('2019-08-16T21:00:00.000Z');
    const times = intakeTimes(window);
    expect(times).toEqual({
      first: { date: '01.08.2019', time: '00:00' },
      last: { date: '16.08.2019', time: '23:59' },
    });
    expect(lv.common.dateTime(times.last)).toBe('16.08.2019 plkst. 23:59');
    expect(en.common.dateTime(times.last)).toBe('16.08.2019 at 23:59');
    expect(lv.start.open(lv.common.dateTime(times.last))).toBe(
      'Pieteikšanās ir atvērta. Var pieteikties līdz 16.08.2019 plkst. 23:59.',
    );
  });

  it('in winter time too, and at the minute an early closing takes effect', () => {
    const winter = instants({ firstDay: '2027-01-01', lastDay: '2027-01-02', timeZone: 'Europe/Riga' });
    expect(intakeTimes(winter).last).toEqual({ date: '02.01.2027', time: '23:59' });
    const early = { opensAt: winter.opensAt, closesAt: '2027-01-02T12:32:30.000Z' };
    expect(intakeTimes(early).last).toEqual({ date: '02.01.2027', time: '14:32' });
  });
});
