import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latvianSortKey } from '../../shared/domain/latvian-order.ts';
import { queueEntryOf } from '../../shared/domain/queue-entry.ts';
import { asSubmitted, draftApplication } from '../fixtures/stored-applications.ts';

const collator = new Intl.Collator('lv');
const sign = (value: number) => Math.sign(value);
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Names as people write them: Latvian letters of both cases, some borrowed ones, and the marks between words. */
const name = fc
  .array(fc.constantFrom(..."aābcčdeēfgģhiījkķlļmnņoprsštuūvzžAĀČĒĢĪĶĻŅŠŪŽyqwxöéüłß -'’."), {
    minLength: 1,
    maxLength: 8,
  })
  .map((characters) => characters.join(''));

describe('the Latvian sort key of a name', () => {
  it('sorts as plain text exactly as the Latvian collator orders the names', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const expected = sign(collator.compare(a, b));
        if (expected !== 0) expect(compareKeys(latvianSortKey(a), latvianSortKey(b)), `${a} / ${b}`).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
  });

  it('puts the letters of the Latvian alphabet where the alphabet has them, small letters first', () => {
    const names = ['Šmits', 'Zariņa', 'Ābele', 'Čakste', 'abele', 'Abele', 'Cīrule', 'Žagars', 'Ozola', 'Ķirsis'];
    expect([...names].sort((a, b) => compareKeys(latvianSortKey(a), latvianSortKey(b)))).toEqual([
      'abele',
      'Abele',
      'Ābele',
      'Cīrule',
      'Čakste',
      'Ķirsis',
      'Ozola',
      'Šmits',
      'Zariņa',
      'Žagars',
    ]);
  });

  it('is printable ASCII, so an index orders it by its bytes as JavaScript orders it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(latvianSortKey(text)).toMatch(/^[\x20-\x7e]*$/);
      }),
    );
  });

  it('orders applications by surname, then first name, then reference', () => {
    const applicant = (reference: string, firstName: string, lastName: string) => {
      const draft = draftApplication({ reference });
      const entry = queueEntryOf(
        asSubmitted({ ...draft, person: { ...draft.person, firstName, lastName } }, '2019-08-02T08:00:00.000Z'),
      );
      return entry?.sortKeys.name as string;
    };
    const keys = [
      applicant('AAAA-2223', 'Anna', 'Ozola'),
      applicant('AAAA-2222', 'Anna', 'Ozola'),
      applicant('AAAA-2224', 'Baiba', 'Oz'),
      applicant('AAAA-2225', 'Ābele', 'Ozola'),
    ];
    expect([...keys].sort()).toEqual([keys[2], keys[1], keys[0], keys[3]]);
  });
});
