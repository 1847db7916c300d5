import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorOf, malformedAuditCursors } from '../fixtures/audit-cursors.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { type StaffAnswer, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';

/**
 * The cursors of the staff lists come back from the browser, so they are checked like any other input: one the
 * list did not hand out for the same query is refused with CURSOR_INVALID, and a range stays within its limit
 * whatever the cursor says.
 */
let system: TestSystem;
let staff: ReturnType<typeof staffClient>;
const tokens = { admin: '', bauska: '' };

beforeAll(async () => {
  system = await startTestSystem();
  staff = staffClient(system.apiUrl, []);
  tokens.admin = await signInStaff(system, 'admin');
  tokens.bauska = await signInStaff(system, 'bauska');
}, 60_000);
afterAll(() => system?.stop());

interface ErrorBody {
  error: { code: string; message: { lv: string; en: string }; fields?: { path: string; code: string }[] };
}

const today = new Date().toISOString().slice(0, 10);
const daysFrom = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function expectRefused(answer: StaffAnswer, status: number, code: string, field: string) {
  const body = answer.body as unknown as ErrorBody;
  expect(answer.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  expect(body.error.message.lv).not.toBe(body.error.message.en);
  expect(body.error.message.en.length).toBeGreaterThan(10);
  expect(body.error.fields?.map((one) => `${one.code}@${one.path}`)).toEqual([`${code}@${field}`]);
}

const audit = (query: string) => staff.call(tokens.admin, 'GET', `/staff/audit?${query}`);

describe('the audit log refuses a cursor it did not hand out', () => {
  it.each([
    ...malformedAuditCursors(today),
    // A Riga day begins on the UTC day before it (at 21:00 or 22:00), so the log's days start one earlier.
    ['a day before the UTC days of from', { day: daysFrom(today, -2) }],
  ])('with %s: 422 CURSOR_INVALID', async (_, value) => {
    expectRefused(await audit(`from=${today}&to=${today}&cursor=${cursorOf(value)}`), 422, 'CURSOR_INVALID', 'cursor');
  });

  it('with a day 1,000 days after to, at once instead of reading day by day back to the range', async () => {
    const started = Date.now();
    const answer = await audit(`from=${today}&to=${today}&cursor=${cursorOf({ day: daysFrom(today, 1000) })}`);
    expectRefused(answer, 422, 'CURSOR_INVALID', 'cursor');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('the audit range', () => {
  it('takes up to 92 days and refuses 93, with or without a cursor', async () => {
    expect((await audit(`from=${daysFrom(today, -91)}&to=${today}`)).status).toBe(200);
    const tooLong = `from=${daysFrom(today, -92)}&to=${today}`;
    expectRefused(await audit(tooLong), 422, 'AUDIT_RANGE_INVALID', 'from');
    expectRefused(await audit(`${tooLong}&cursor=${cursorOf({ day: today })}`), 422, 'AUDIT_RANGE_INVALID', 'from');
  });
});

describe('the queue refuses a cursor that is not in the list asked for', () => {
  it.each([
    ['NUL and right-to-left characters', encodeURIComponent('\u0000\u202EKDMA-4729')],
    ['an audit cursor', cursorOf({ day: today })],
    ['a reference that is not in the queue', 'ZZZZ-9999'],
  ])('with %s: 422 CURSOR_INVALID', async (_, value) => {
    const answer = await staff.call(tokens.bauska, 'GET', `/staff/rounds/demo/applications?cursor=${value}`);
    expectRefused(answer, 422, 'CURSOR_INVALID', 'cursor');
  });
});
