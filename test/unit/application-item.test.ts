import { describe, expect, it } from 'vitest';
import { fromItem, isApplicationItem, toItem } from '../../shared/adapters/dynamodb/application-item.ts';
import { queueSortKey } from '../../shared/domain/queue-entry.ts';
import { asSubmitted, draftApplication, personHash } from '../fixtures/stored-applications.ts';

describe('toItem', () => {
  it('gives a draft its keys and no index keys, so drafts stay out of the queue and duplicate indexes', () => {
    const draft = draftApplication({ reference: 'KDMA-4729' });

    const item = toItem(draft);

    expect(item).toEqual({ pk: 'APP#KDMA-4729', sk: 'APP', ...draft });
  });

  it('gives a submitted application queue keys without the personal code in clear, and person keys only to a possible duplicate', () => {
    const submitted = asSubmitted(
      draftApplication({ reference: 'KDMA-4729', person: 7, municipalityCode: 'LV-JEL' }),
      '2019-08-01T07:15:00Z',
    );

    const item = toItem(submitted);
    const duplicate = toItem({ ...submitted, flags: { possibleDuplicateOf: 'KDMA-4728' } });

    expect(item).toMatchObject({
      queuePk: 'pilot-2019#LV-JEL',
      queueSk: '9999#2019-08-01T07:15:00.000Z#KDMA-4729',
    });
    expect(item).not.toHaveProperty('personPk');
    expect(duplicate).toMatchObject({
      personPk: `pilot-2019#${personHash(7)}`,
      personSk: '2019-08-01T07:15:00.000Z#KDMA-4729',
    });
  });

  it('stores each document’s record as one short string', () => {
    const submitted = asSubmitted(draftApplication(), '2019-08-01T07:15:00Z');

    const item = toItem(submitted);

    expect(item.documents).toEqual([
      `application-form application/pdf 1234 ${Buffer.from('a'.repeat(64), 'hex').toString('base64url')}`,
      `disability-proof image/png 5678 ${Buffer.from('b'.repeat(64), 'hex').toString('base64url')}`,
    ]);
  });

  it('refuses a submitted application without a receipt time, which could not take a place in the queue', () => {
    const submitted = { ...draftApplication(), status: 'submitted' as const };

    expect(() => toItem(submitted)).toThrow(/no receipt time/);
  });
});

describe('fromItem', () => {
  it('gives back exactly the stored application, without key or index attributes', () => {
    const submitted = asSubmitted(draftApplication(), '2019-08-01T07:15:00.000Z');

    expect(fromItem(toItem(submitted))).toEqual(submitted);
  });

  it('reads documents stored as maps, as they were before', () => {
    const submitted = asSubmitted(draftApplication(), '2019-08-01T07:15:00.000Z');

    expect(fromItem({ ...toItem(submitted), documents: submitted.documents })).toEqual(submitted);
  });

  it('refuses a document string that does not hold a record', () => {
    const item = { ...toItem(asSubmitted(draftApplication(), '2019-08-01T07:15:00.000Z')), documents: ['pdf'] };

    expect(() => fromItem(item)).toThrow(/documents\.0/);
  });

  it('refuses an item with attributes the application schema does not know', () => {
    const item = { ...toItem(draftApplication()), isAdmin: true };

    expect(() => fromItem(item)).toThrow(/not a valid application/);
  });

  it('refuses an item with a malformed field and names the field without its value', () => {
    const draft = draftApplication();
    const item = { ...toItem(draft), personalCode: { ...draft.personalCode, keyedHash: '180565-05610' } };

    let message = '';
    try {
      fromItem(item);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/personalCode\.keyedHash/);
    expect(message).not.toContain('180565');
  });
});

describe('isApplicationItem', () => {
  it('tells application items from the other kinds in the table', () => {
    expect(isApplicationItem({ pk: 'APP#KDMA-4729', sk: 'APP' })).toBe(true);
    expect(isApplicationItem({ pk: 'ROUNDS', sk: 'pilot-2019' })).toBe(false);
    expect(isApplicationItem({ pk: 'ROUND#pilot-2019#PERSON#abc', sk: 'CLAIM' })).toBe(false);
    expect(isApplicationItem({ pk: 'NOTIFICATION#KDMA-4729#receipt', sk: 'NOTIFICATION' })).toBe(false);
  });
});

describe('queueSortKey', () => {
  it('sorts by score (higher first), then receipt time (earlier first), then reference', () => {
    const expectedOrder = [
      queueSortKey(120, '2019-08-05T10:00:00.000Z', 'ZZZZ-9999'),
      queueSortKey(15, '2019-08-01T06:00:00.000Z', 'KDMA-4729'),
      queueSortKey(15, '2019-08-01T06:00:00.000Z', 'KDMA-4730'),
      queueSortKey(15, '2019-08-01T06:00:00.001Z', 'AAAA-2222'),
      queueSortKey(9, '2019-07-31T21:00:00.000Z', 'AAAA-2222'),
      queueSortKey(0, '2019-07-31T21:00:00.000Z', 'AAAA-2222'),
    ];

    expect([...expectedOrder].reverse().sort()).toEqual(expectedOrder);
  });

  it('orders receipt times written with and without fractions of a second by time', () => {
    const earlier = queueSortKey(0, '2019-08-01T06:00:00.500Z', 'ZZZZ-9999');
    const later = queueSortKey(0, '2019-08-01T06:00:01Z', 'AAAA-2222');

    expect(earlier < later).toBe(true);
  });

  it('refuses a score the four-digit key cannot hold', () => {
    expect(() => queueSortKey(-1, '2019-08-01T06:00:00.000Z', 'KDMA-4729')).toThrow(RangeError);
    expect(() => queueSortKey(10_000, '2019-08-01T06:00:00.000Z', 'KDMA-4729')).toThrow(RangeError);
    expect(() => queueSortKey(1.5, '2019-08-01T06:00:00.000Z', 'KDMA-4729')).toThrow(RangeError);
  });
});
