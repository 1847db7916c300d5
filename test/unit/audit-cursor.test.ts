import { describe, expect, it } from 'vitest';
import { decodeAuditCursor, encodeAuditCursor } from '../../shared/adapters/dynamodb/audit-cursor.ts';
import { auditKeys } from '../../shared/adapters/dynamodb/table-design.ts';
import { RuleViolationError } from '../../shared/domain/errors.ts';

const range = { from: '2019-08-01', to: '2019-08-31' };

describe('audit cursors', () => {
  it.each([
    ['the first day of the range', { day: '2019-08-01' }],
    ['the last day of the range', { day: '2019-08-31' }],
    ['a key of an entry', { day: '2019-08-15', after: auditKeys.entry('2019-08-15T23:59:59.999Z', 'Xb3f=') }],
    ['a key of an entry without seconds', { day: '2019-08-15', after: auditKeys.entry('2019-08-15T08:00Z', 'id#1') }],
  ])('take back what the log hands out: %s', (_, cursor) => {
    expect(decodeAuditCursor(encodeAuditCursor(cursor), range)).toEqual(cursor);
  });

  it.each([
    ['a day outside the range', { day: '2019-09-01' }],
    [
      'a key without a request id',
      { day: '2019-08-15', after: { pk: 'DAY#2019-08-15', sk: '2019-08-15T08:00:00.000Z#' } },
    ],
    ['a key of another day', { day: '2019-08-15', after: auditKeys.entry('2019-08-16T08:00:00.000Z', 'r') }],
    [
      'a sort key of 300 characters',
      { day: '2019-08-15', after: auditKeys.entry('2019-08-15T08:00:00.000Z', 'r'.repeat(275)) },
    ],
  ])('refuse %s', (_, cursor) => {
    expect(() => decodeAuditCursor(encodeAuditCursor(cursor), range)).toThrow(RuleViolationError);
  });
});
