import { describe, expect, it } from 'vitest';
import { AccessError } from '../../../shared/domain/errors.ts';
import type { QueueSearchRequest } from '../../../shared/schemas/staff-api.ts';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import { searchQueue } from '../../../shared/use-cases/staff/search-queue.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import { everyPage, largeQueue, SORTS, submittedAs } from './queue-steps.ts';
import { administrator, bauskaWorker, portsOf, scoredRound, staffRequest } from './staff-steps.ts';

const BERZINS_CODE = legacyPersonalCode(7001);
const JELGAVA_CODE = legacyPersonalCode(7002);

/** Bauska: Jānis Bērziņš, Anna Kalniņa-Ozola, Ilze Bērziņa; Jelgava: Jānis Bērziņš of another code. */
async function people() {
  const ports = memoryPorts({ rounds: [scoredRound] });
  const berzins = await submittedAs(ports, { firstName: 'Jānis', lastName: 'Bērziņš', personalCode: BERZINS_CODE });
  const kalnina = await submittedAs(ports, { firstName: 'Anna', lastName: 'Kalniņa-Ozola' });
  const berzina = await submittedAs(ports, { firstName: 'Ilze', lastName: 'Bērziņa' });
  const jelgava = await submittedAs(ports, {
    firstName: 'Jānis',
    lastName: 'Bērziņš',
    personalCode: JELGAVA_CODE,
    municipalityCode: 'LV-JEL',
  });
  return { ports, berzins, kalnina, berzina, jelgava };
}

const search = (ports: MemoryPorts, request: QueueSearchRequest, who: StaffIdentity = bauskaWorker) =>
  searchQueue(portsOf(ports, who), staffRequest(who, 'queue.search'), { roundId: scoredRound.id, request });

const found = async (ports: MemoryPorts, request: QueueSearchRequest, who?: StaffIdentity) =>
  (await search(ports, request, who)).items.map(({ reference }) => reference);

describe('searching the queue', () => {
  it('finds an application by its whole reference, in any case, with or without the hyphen', async () => {
    const { ports, kalnina } = await people();
    for (const text of [kalnina, kalnina.toLowerCase(), ` ${kalnina.replace('-', '')} `]) {
      const answer = await search(ports, { text });
      expect(
        answer.items.map(({ reference }) => reference),
        text,
      ).toEqual([kalnina]);
      expect(answer).toMatchObject({ matchedBy: 'reference', found: 1, municipalityCode: 'LV-016' });
    }
    expect(await found(ports, { text: 'ZZZZ-2222' })).toEqual([]);
  });

  it('finds the person’s applications by the personal code, with or without the hyphen, by its keyed hash', async () => {
    const { ports, berzins } = await people();
    const duplicate = await submittedAs(ports, { firstName: 'J.', lastName: 'Bērziņš', personalCode: BERZINS_CODE });
    for (const text of [BERZINS_CODE, BERZINS_CODE.replace('-', ''), BERZINS_CODE.replace('-', ' ')]) {
      const answer = await search(ports, { text });
      expect(
        answer.items.map(({ reference }) => reference),
        text,
      ).toEqual([berzins, duplicate]);
      expect(answer.matchedBy).toBe('personal-code');
    }
    expect(await found(ports, { text: legacyPersonalCode(7999) })).toEqual([]);
  });

  it('finds by name whatever the case and diacritics, each word the start of a first name or surname', async () => {
    const { ports, berzins, kalnina, berzina } = await people();
    const cases: [string, string[]][] = [
      ['berzins', [berzins]],
      ['BĒRZIŅŠ', [berzins]],
      ['berzin', [berzins, berzina]],
      ['janis berz', [berzins]],
      ['berz janis', [berzins]],
      ['ozola', [kalnina]],
      ['kalnina ozola', [kalnina]],
      ['Anna', [kalnina]],
      ['erzins', []],
      ['janis ozola', []],
    ];
    for (const [text, expected] of cases) {
      const answer = await search(ports, { text, sort: 'received' });
      expect(
        answer.items.map(({ reference }) => reference),
        text,
      ).toEqual(expected);
      expect(answer.matchedBy).toBe('name');
    }
  });

  it('refuses digits that are neither a whole reference nor a whole personal code, and text with no letters', async () => {
    const { ports } = await people();
    for (const text of ['2506', BERZINS_CODE.slice(0, 10), 'Anna 1975', 'KDMA-47', '?!', '--']) {
      await expect(search(ports, { text }), text).rejects.toMatchObject({
        violations: [{ code: 'SEARCH_TEXT_NOT_RECOGNISED', field: 'text' }],
      });
    }
  });
});

describe('the search stays inside one municipality', () => {
  it('never finds another municipality’s application, not even by its exact reference or personal code', async () => {
    const { ports, jelgava, berzins } = await people();
    expect(await found(ports, { text: jelgava })).toEqual([]);
    expect(await found(ports, { text: JELGAVA_CODE })).toEqual([]);
    // The same name in Jelgava: only Bauska's own is found.
    expect(await found(ports, { text: 'Jānis Bērziņš' })).toEqual([berzins]);
  });

  it('refuses a social worker who names another municipality', async () => {
    const { ports } = await people();
    await expect(search(ports, { text: JELGAVA_CODE, municipality: 'LV-JEL' })).rejects.toEqual(
      new AccessError('MUNICIPALITY_FILTER_FORBIDDEN'),
    );
  });

  it('searches the municipality an administrator names, and only that one', async () => {
    const { ports, jelgava, berzins } = await people();
    await expect(search(ports, { text: 'berzins' }, administrator)).rejects.toMatchObject({
      violations: [{ code: 'MUNICIPALITY_NOT_IN_ROUND', field: 'municipality' }],
    });
    expect(await found(ports, { text: JELGAVA_CODE, municipality: 'LV-JEL' }, administrator)).toEqual([jelgava]);
    expect(await found(ports, { text: JELGAVA_CODE, municipality: 'LV-016' }, administrator)).toEqual([]);
    expect(await found(ports, { text: 'berzins', municipality: 'LV-016' }, administrator)).toEqual([berzins]);
  });
});

describe('what a search leaves behind', () => {
  it('audits that a search was made in which queue, never the text, the code or its hash', async () => {
    const { ports } = await people();
    const byCode = await search(ports, { text: BERZINS_CODE });
    await search(ports, { text: 'berzins' });
    const { entries } = await ports.audit.list({ ...utcDays('2019-08-20'), action: 'queue.search' }, 10);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual([
        'action',
        'actor',
        'at',
        'id',
        'municipalityCode',
        'outcome',
        'roundId',
      ]);
      expect(entry).toMatchObject({ roundId: scoredRound.id, municipalityCode: 'LV-016', outcome: 'succeeded' });
    }
    const written = JSON.stringify(entries);
    const hash = ports.keyring.personalCodeHash(BERZINS_CODE.replace('-', ''));
    for (const secret of [BERZINS_CODE, BERZINS_CODE.replace('-', ''), hash, 'berzins', 'Bērziņš']) {
      expect(written).not.toContain(secret);
    }
    // Nor does the answer repeat what was searched for.
    expect(JSON.stringify(byCode)).not.toContain(BERZINS_CODE.slice(0, 6));
  });
});

describe('search results page and sort as the queue does', () => {
  it.each(SORTS)('sorted by %s, pages of 4 show every match exactly once', async (sort) => {
    const { ports } = await largeQueue(60);
    const whole = await search(ports, { text: 'berzina', sort, limit: 200 });
    expect(whole.found).toBeGreaterThan(5);
    const pages = await everyPage((cursor) => search(ports, { text: 'berzina', sort, limit: 4, cursor }));
    expect(pages.flat().map(({ reference }) => reference)).toEqual(whole.items.map(({ reference }) => reference));
    expect(pages).toHaveLength(Math.ceil(whole.found / 4));
  });
});
