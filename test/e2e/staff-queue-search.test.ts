import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueueResponse, QueueSearchResponse, WaitingCountsResponse } from '../../shared/schemas/staff-api.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';
import { auditProbe, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';

/**
 * The search, the sorts and the counts of what waits, over HTTP on DynamoDB Local: the queue index's order is the
 * selection sort's, another municipality's application is never found, and a personal code searched for is in no
 * address, log line or audit entry.
 */
let system: TestSystem;
const hostLines: string[] = [];
let staff: ReturnType<typeof staffClient>;
const tokens = { bauska: '', admin: '' };
const codes = { berzins: legacyPersonalCode(610), ozola: legacyPersonalCode(611), jelgava: legacyPersonalCode(612) };
const references = { berzins: '', ozola: '', jelgava: '' };

async function apply(firstName: string, lastName: string, personalCode: string, municipalityCode = 'LV-016') {
  return apiClient(system.apiUrl).applyOnline(
    'demo',
    validRequest({ person: { ...validRequest().person, firstName, lastName, personalCode, municipalityCode } }),
  );
}

beforeAll(async () => {
  system = await startTestSystem({ log: (line) => hostLines.push(line) });
  staff = staffClient(system.apiUrl, []);
  tokens.bauska = await signInStaff(system, 'bauska');
  tokens.admin = await signInStaff(system, 'admin');
  references.berzins = await apply('Jānis', 'Bērziņš', codes.berzins);
  references.ozola = await apply('Anna', 'Ozola', codes.ozola);
  references.jelgava = await apply('Jānis', 'Bērziņš', codes.jelgava, 'LV-JEL');
  // The queue shows a submission once the table's stream has brought it there.
  await system.waitForIdle();
}, 60_000);
afterAll(() => system?.stop());

const search = (text: string, extra: Record<string, unknown> = {}, token = tokens.bauska) =>
  staff.call<QueueSearchResponse>(token, 'POST', '/staff/rounds/demo/applications/search', {
    body: { text, ...extra },
  });
const foundBy = async (text: string, extra: Record<string, unknown> = {}, token?: string) => {
  const answer = await search(text, extra, token);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items.map(({ reference }) => reference);
};

describe('the queue search over HTTP', () => {
  it('finds by name without diacritics, by reference and by personal code, in Bauska only', async () => {
    expect(await foundBy('berzins')).toEqual([references.berzins]);
    expect(await foundBy(references.ozola.toLowerCase())).toEqual([references.ozola]);
    expect(await foundBy(codes.ozola)).toEqual([references.ozola]);
    expect(await foundBy(codes.jelgava)).toEqual([]);
    expect(await foundBy(references.jelgava)).toEqual([]);
    expect(await foundBy(codes.jelgava, { municipality: 'LV-JEL' }, tokens.admin)).toEqual([references.jelgava]);
  });

  it('refuses a Bauska worker who names Jelgava, and a text that is part of a code', async () => {
    const other = await search(codes.jelgava, { municipality: 'LV-JEL' });
    expect(other.status).toBe(403);
    const part = await search(codes.berzins.slice(0, 8));
    expect(part.status).toBe(422);
    expect(part.body).toMatchObject({ error: { code: 'SEARCH_TEXT_NOT_RECOGNISED', fields: [{ path: 'text' }] } });
    expect(JSON.stringify(part.body)).not.toContain(codes.berzins.slice(0, 8));
  });

  it('leaves the personal code out of every address, log line and audit entry', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    hostLines.length = 0;
    try {
      expect(await foundBy(codes.berzins)).toEqual([references.berzins]);
      expect((await search(codes.berzins.slice(0, 9))).status).toBe(422);
      const printed = [...hostLines, ...spies.flatMap((spy) => spy.mock.calls.map((call) => call.join(' ')))];
      expect(printed.some((line) => line.includes('/applications/search'))).toBe(true);
      const digits = codes.berzins.replace('-', '');
      for (const line of printed) {
        expect(line).not.toContain(codes.berzins);
        expect(line).not.toContain(digits);
        expect(line).not.toContain(digits.slice(0, 9));
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const entries = (await auditProbe(system).entries()).filter(({ action }) => action === 'queue.search');
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const written = JSON.stringify(entries);
    expect(written).not.toContain(codes.berzins.replace('-', '').slice(0, 6));
    expect(written).not.toContain('berzins');
    expect(entries.filter(({ outcome }) => outcome === 'refused').map(({ reason }) => reason)).toContain(
      'SEARCH_TEXT_NOT_RECOGNISED',
    );
  });
});

describe('the sorts and the counts over HTTP', () => {
  it('sorts by name and by receipt time, and the selection sort is the queue index’s order', async () => {
    const read = async (sort: string) => {
      const answer = await staff.call<QueueResponse>(
        tokens.bauska,
        'GET',
        `/staff/rounds/demo/applications?sort=${sort}`,
      );
      expect(answer.status).toBe(200);
      return answer.body.items;
    };
    // Ozola, received later, scores higher: first in selection order, as the index keeps it (the positions).
    const scored = await staff.call(tokens.bauska, 'PUT', `/staff/applications/${references.ozola}/scores`, {
      body: { points: { 'support-need': 5, 'no-other-services': 0, 'lives-alone': 0 }, justification: 'Vērtēts.' },
    });
    expect(scored.status).toBe(200);
    const bySelection = await read('selection');
    expect(bySelection.map(({ reference, position }) => [reference, position])).toEqual([
      [references.ozola, 1],
      [references.berzins, 2],
    ]);
    expect((await read('received')).map(({ reference }) => reference)).toEqual([references.berzins, references.ozola]);
    expect((await read('name')).map(({ lastName }) => lastName)).toEqual(['Bērziņš', 'Ozola']);
    const refused = await staff.call(tokens.bauska, 'GET', '/staff/rounds/demo/applications?sort=surname');
    expect(refused.status).toBe(400);
  });

  it('counts what waits: the social worker’s own municipality, every one for the administrator', async () => {
    const own = await staff.call<WaitingCountsResponse>(tokens.bauska, 'GET', '/staff/rounds/demo/waiting');
    expect(own.body.municipalities).toEqual([
      { municipalityCode: 'LV-016', counts: { 'to-review': 2, 'possible-duplicate': 0 }, waiting: 2 },
    ]);
    const all = await staff.call<WaitingCountsResponse>(tokens.admin, 'GET', '/staff/rounds/demo/waiting');
    expect(all.body.municipalities).toHaveLength(10);
    expect(all.body.municipalities.find(({ municipalityCode }) => municipalityCode === 'LV-JEL')?.waiting).toBe(1);
  });
});
