import { describe, expect, it } from 'vitest';
import { parsePersonalCode } from '../../shared/domain/personal-code.ts';

describe('personal code', () => {
  it.each(['161175-19997', '16117519997', '180565-05610'])('accepts the valid legacy code %s', (code) => {
    expect(parsePersonalCode(code)).toMatchObject({ format: 'legacy', checksumMatches: true });
  });

  it('reads the date of birth and the century from a legacy code', () => {
    expect(parsePersonalCode('161175-19997')).toMatchObject({ dateOfBirth: '1975-11-16', normalised: '16117519997' });
    expect(parsePersonalCode('010203-20000')).toMatchObject({ dateOfBirth: '2003-02-01' });
    expect(parsePersonalCode('010203-00000')).toMatchObject({ dateOfBirth: '1803-02-01' });
  });

  it('keeps a legacy code whose check digit does not match, flagged for a social worker', () => {
    expect(parsePersonalCode('180565-05611')).toMatchObject({ format: 'legacy', checksumMatches: false });
  });

  it('accepts a legacy code for the 30th or 31st day, which begins with 30 or 31', () => {
    expect(parsePersonalCode('310175-10000')).toMatchObject({ format: 'legacy', dateOfBirth: '1975-01-31' });
    expect(parsePersonalCode('300690-10000')).toMatchObject({ format: 'legacy', dateOfBirth: '1990-06-30' });
  });

  it.each(['321234-56789', '32123456789', '391234-56789', '329999-00000'])('accepts the new-format code %s', (code) => {
    expect(parsePersonalCode(code)).toEqual({ format: 'new', normalised: code.replace('-', '') });
  });

  it.each([
    ['310275-10000', '31 February'],
    ['290277-10000', '29 February in a common year'],
    ['001075-10000', 'day 0'],
    ['011375-10000', 'month 13'],
  ])('refuses %s: its date (%s) does not exist', (code) => {
    expect(parsePersonalCode(code)).toBe('PERSONAL_CODE_DATE_INVALID');
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePersonalCode('290204-20000')).toMatchObject({ dateOfBirth: '2004-02-29' });
  });

  it.each([
    '',
    '16117-519997',
    '161175-1999',
    '161175-199970',
    '161175 19997',
    'abcdef-ghijk',
    '161175-39997',
    '161175--19997',
  ])('refuses the malformed code "%s"', (code) => {
    expect(parsePersonalCode(code)).toBe('PERSONAL_CODE_MALFORMED');
  });

  it('refuses a code beginning with 3 and then 0 or 1 when its date is not real', () => {
    expect(parsePersonalCode('311375-10000')).toBe('PERSONAL_CODE_DATE_INVALID');
  });
});
