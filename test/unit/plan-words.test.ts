import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { lv } from '../../web/src/i18n/lv.ts';

/** How the plan page says amounts of a service and the months, in words a person reads aloud. */
describe('the plan page’s words for numbers', () => {
  it.each([
    [1, 'day', '1 diena'],
    [21, 'day', '21 diena'],
    [11, 'day', '11 dienas'],
    [8, 'day', '8 dienas'],
    [0, 'day', '0 dienu'],
    [1, 'hour', '1 stunda'],
    [10, 'hour', '10 stundas'],
    [2, 'visit', '2 apmeklējumi'],
    [31, 'visit', '31 apmeklējums'],
    [12, 'month', '12 mēneši'],
    [111, 'month', '111 mēneši'],
  ] as const)('Latvian: %i %s is “%s”', (count, unit, words) => {
    expect(lv.plan.quantity(count, unit)).toBe(words);
  });

  it.each([
    [1, 'hour', '1 hour'],
    [8, 'day', '8 days'],
    [0, 'visit', '0 visits'],
    [12, 'month', '12 months'],
  ] as const)('English: %i %s is “%s”', (count, unit, words) => {
    expect(en.plan.quantity(count, unit)).toBe(words);
  });

  it('names a month in full, in either language, whatever the browser’s own calendar', () => {
    expect(lv.plan.month('2019-10')).toBe('2019. gada oktobris');
    expect(lv.plan.month('2020-01')).toBe('2020. gada janvāris');
    expect(en.plan.month('2019-10')).toBe('October 2019');
    expect(en.plan.month('2020-12')).toBe('December 2020');
  });
});
