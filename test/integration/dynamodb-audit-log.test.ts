import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbAuditLog, MAX_QUERIES_PER_PAGE } from '../../shared/adapters/dynamodb/dynamodb-audit-log.ts';
import { RuleViolationError } from '../../shared/domain/errors.ts';
import type { AuditLogQuery } from '../../shared/ports/audit-log.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { cursorOf, malformedAuditCursors } from '../fixtures/audit-cursors.ts';
import { utcDays } from '../helpers/audit-span.ts';
import { type LocalAws, startLocalAws } from './support/local-aws.ts';

/** The audit log's paging against DynamoDB Local: cursors it did not hand out for this query are refused. */
let aws: LocalAws;
let audit: DynamoDbAuditLog;
let queries = 0;

beforeAll(async () => {
  aws = await startLocalAws();
  // Counts the queries the log makes, so a test can hold it to a bound.
  aws.clients.documentClient.middlewareStack.add(
    (next, context) => (args) => {
      if (context.commandName === 'QueryCommand') queries += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countQueries' },
  );
  audit = new DynamoDbAuditLog(aws.clients.documentClient, aws.auditTableName);
});
afterAll(() => aws?.stop());

const DAY = '2019-10-15';
const range = utcDays('2019-10-01', '2019-10-31');

function entry(n: number, at: string): AuditEntry {
  return {
    id: `cursor-request-${n}`,
    at,
    actor: { subject: 'a', username: 'cursor-admin', role: 'administrator' },
    action: 'audit.read',
    outcome: 'succeeded',
  };
}

async function refusal(query: AuditLogQuery, limit = 10): Promise<unknown> {
  queries = 0;
  const error = await audit.list(query, limit).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(queries, 'a refused cursor reads nothing').toBe(0);
  return error;
}

function expectCursorInvalid(error: unknown) {
  expect(error).toBeInstanceOf(RuleViolationError);
  expect((error as RuleViolationError).violations).toEqual([{ code: 'CURSOR_INVALID', field: 'cursor' }]);
}

describe('audit log cursors', () => {
  it.each([
    ...malformedAuditCursors(DAY),
    ['a key of another day', { day: DAY, after: { pk: 'DAY#2019-10-14', sk: '2019-10-14T08:00:00.000Z#r' } }],
    ['a sort key of another day', { day: DAY, after: { pk: `DAY#${DAY}`, sk: '2019-10-14T08:00:00.000Z#r' } }],
    ['a key with extra attributes', { day: DAY, after: { pk: `DAY#${DAY}`, sk: `${DAY}T08:00:00.000Z#r`, x: '1' } }],
    ['a key with a number', { day: DAY, after: { pk: `DAY#${DAY}`, sk: 5 } }],
    ['a day before from', { day: '2019-09-30' }],
    ['a day after to', { day: '2019-11-01' }],
    ['a day 1,000 days after to', { day: '2022-07-28' }],
    ['a day in year 9999', { day: '9999-12-31' }],
    ['an array', [DAY]],
    ['null', null],
    ['extra fields', { day: DAY, admin: true }],
  ])('refuses a cursor with %s before reading anything', async (_, value) => {
    expectCursorInvalid(await refusal({ ...range, cursor: cursorOf(value) }));
  });

  it('refuses a cursor that is not base64 JSON', async () => {
    expectCursorInvalid(await refusal({ ...range, cursor: '%%%' }));
    expectCursorInvalid(await refusal({ ...range, cursor: Buffer.from('{"day":').toString('base64url') }));
  });

  it('refuses a cursor of a wider query when the range is narrowed', async () => {
    const entries = [1, 2, 3].map((n) => entry(n, `2019-10-2${n}T08:00:00.000Z`));
    for (const one of entries) await audit.append(one);
    const first = await audit.list({ ...range, username: 'cursor-admin' }, 1);
    expect(first.entries.map((one) => one.id)).toEqual(['cursor-request-3']);
    expect(first.nextCursor).toBeDefined();
    expectCursorInvalid(
      await refusal({ ...utcDays('2019-10-01', '2019-10-20'), username: 'cursor-admin', cursor: first.nextCursor }),
    );
  });

  it('pages on from the cursors it hands out, within the range', async () => {
    const seen: string[] = [];
    let next: string | undefined;
    do {
      const page = await audit.list({ ...range, username: 'cursor-admin', ...(next && { cursor: next }) }, 1);
      seen.push(...page.entries.map((one) => one.id));
      next = page.nextCursor;
    } while (next);
    expect(seen).toEqual(['cursor-request-3', 'cursor-request-2', 'cursor-request-1']);
  });

  it(`ends a page after ${MAX_QUERIES_PER_PAGE} queries with a cursor that goes on from there`, async () => {
    const busyDay = '2019-12-02';
    const many = Array.from({ length: MAX_QUERIES_PER_PAGE + 20 }, (_, n) =>
      entry(
        1000 + n,
        `${busyDay}T08:${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000Z`,
      ),
    );
    await Promise.all(many.map((one) => audit.append(one)));
    const query = { ...utcDays(busyDay), outcome: 'failed' as const };
    queries = 0;
    // One item per query and a filter nothing matches: the worst a busy day can cost.
    const first = await audit.list(query, 1);
    expect(queries).toBe(MAX_QUERIES_PER_PAGE);
    expect(first.entries).toEqual([]);
    expect(first.nextCursor).toBeDefined();
    const rest = await audit.list({ ...query, cursor: first.nextCursor }, 1);
    expect(rest.entries).toEqual([]);
    expect(rest.nextCursor).toBeUndefined();
  });
});
