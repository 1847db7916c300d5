import { describe, expect, it } from 'vitest';
import { serviceYearEnd } from '../../shared/domain/retention-rules.ts';
import { addDays, addMonths } from '../../shared/domain/riga-time.ts';
import { planMonths } from '../../shared/domain/support-plan-rules.ts';

// A date field accepts any calendar date up to 31.12.9999, so the days and months counted from one may fall in the
// year 10000: they are still dates, written with the year's five digits, never an ISO instant's `+010000`.
describe('calendar arithmetic at the far end of the calendar', () => {
  it('counts days across the year 9999 and back', () => {
    expect(addDays('9999-12-31', 1)).toBe('10000-01-01');
    expect(addDays('10000-01-01', -1)).toBe('9999-12-31');
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('counts months across the year 9999, to the last day of a shorter month', () => {
    expect(addMonths('9999-06-15', 12)).toBe('10000-06-15');
    expect(addMonths('9999-12-31', 2)).toBe('10000-02-29');
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
  });

  it('lists the months of a plan that starts in the last year', () => {
    expect(planMonths({ startDate: '9999-11-20' }, 3)).toEqual(['9999-11', '9999-12', '10000-01']);
  });

  it('ends a year of services that starts in the last year on a real instant', () => {
    const plan = { versions: [{ startDate: '9999-06-15' }] } as Parameters<typeof serviceYearEnd>[0];
    // 15.06.10000 00:00 in Riga, summer time (UTC+3).
    expect(serviceYearEnd(plan, '9999-06-01T08:00:00.000Z', 12).toISOString()).toBe('+010000-06-14T21:00:00.000Z');
  });
});
