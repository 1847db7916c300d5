import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ProtocolResponse, ProtocolRow } from '../../shared/schemas/selection-api.ts';
import { protocolContent } from '../../web/src/staff/protocol/protocol-content.ts';
import { protocolPdf } from '../../web/src/staff/protocol/protocol-pdf.ts';
import { GUARDED_PERSON_CONTACT } from '../fixtures/protocol-people.ts';
import { embeddedFonts } from '../helpers/pdf-fonts.ts';
import { pdfText } from '../helpers/pdf-text.ts';

/** The font the browser fetches for every PDF: the same file, read from the package. */
const font = new Uint8Array(
  readFileSync(new URL('../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf', import.meta.url)),
);

/** Every Latvian letter with a diacritic, small and capital. */
const LATVIAN = 'āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ';

const HASH = '3f2a9c1b0d4e77a2'.padEnd(64, '0');

/** Bauska's protocol of a published run: two with 9 points received in the same minute, one waiting, one out. */
function protocol(overrides: Partial<ProtocolResponse> = {}): ProtocolResponse {
  const rows: ProtocolRow[] = [
    {
      rank: 1,
      reference: 'KDMA-4729',
      totalScore: 9,
      receivedAt: '2019-08-05T06:51:07.000Z',
      decision: 'selected',
      contact: { ...GUARDED_PERSON_CONTACT, name: `Ģirts Ķuzāns ${LATVIAN}` },
    },
    {
      rank: 2,
      reference: 'RZMT-3548',
      totalScore: 9,
      receivedAt: '2019-08-05T06:51:42.000Z',
      decision: 'waitlisted',
      position: 1,
      contact: { name: 'Anna Bērziņa', email: 'anna@example.lv' },
    },
    {
      rank: null,
      reference: 'SGHK-6932',
      totalScore: null,
      receivedAt: '2019-08-03T10:00:00.000Z',
      decision: 'not-selected',
      reason: 'not-eligible',
    },
  ];
  return {
    number: 'pilot-2019-LV-016-2',
    date: '2019-08-21T09:30:00.000Z',
    checkValue: HASH.slice(0, 12),
    round: { id: 'pilot-2019', name: { lv: 'Izmēģinājumprojekts Ķekavā', en: 'Pilot project' } },
    municipality: {
      code: 'LV-016',
      name: { lv: 'Bauskas novada pašvaldība', en: 'Bauska municipality' },
      cap: 1,
      socialServiceName: { lv: 'Bauskas novada Sociālais dienests', en: 'Bauska Social Service' },
    },
    criteria: [
      { id: 'support-need', name: { lv: 'Atbalsta vajadzība', en: 'Need for support' }, maxPoints: 10 },
      { id: 'lives-alone', name: { lv: 'Dzīvo viens', en: 'Lives alone' }, maxPoints: 5 },
    ],
    run: {
      runId: HASH.slice(0, 20),
      roundId: 'pilot-2019',
      ordinal: 2,
      inputsHash: HASH,
      ruleVersion: 'score-then-receipt-then-reference/1',
      ranAt: '2019-08-20T08:00:00.000Z',
      ranBy: 'admin.liepina',
      status: 'published',
      publishedAt: '2019-08-21T09:30:00.000Z',
      publishedBy: 'admin.ozols',
      municipalities: [{ code: 'LV-016', cap: 1, selected: 1, waitlisted: 1, excluded: 1 }],
    },
    rows,
    from: 0,
    total: rows.length,
    promotions: [],
    contactsIncluded: true,
    ...overrides,
  };
}

/** The rows of a protocol without contacts, as administrators get them. */
const withoutContacts = (rows: ProtocolRow[]) => rows.map(({ contact: _contact, ...row }) => row);

// Parsing the 600 KB font and reading the PDF back take a few seconds on a busy machine.
describe('the selection protocol as a PDF', { timeout: 30_000 }, () => {
  it('is a document with its number, date, criteria, times to the second, contacts and signature lines', async () => {
    const content = protocolContent(protocol(), 'lv');
    const bytes = await protocolPdf(content, font);

    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getTitle()).toBe('Atlases protokols Nr. pilot-2019-LV-016-2');
    // The whole font, as the application form has it: every Latvian letter drawn, not only extractable.
    const fonts = await embeddedFonts(bytes);
    expect(fonts.map(({ program }) => Buffer.from(program).equals(Buffer.from(font)))).toEqual([true]);
    const text = await pdfText(bytes);
    for (const expected of [
      'Atlases protokols Nr. pilot-2019-LV-016-2',
      '21.08.2019',
      'Izmēģinājumprojekts Ķekavā',
      'Bauskas novada pašvaldība',
      'Atbalsta vajadzība: 0–10 punkti',
      'Dzīvo viens: 0–5 punkti',
      // Equal points, one minute: the seconds show why KDMA-4729 is first.
      '05.08.2019 09:51:07',
      '05.08.2019 09:51:42',
      'Atlasīts',
      'Gaidīšanas sarakstā, 1. vieta',
      'Nav atlasīts: neatbilst nosacījumiem',
      `Ģirts Ķuzāns ${LATVIAN}`,
      'Rīgas iela 1, Bauska',
      'Ļubova Čakste (aizgādnis)',
      'anna@example.lv',
      'admin.liepina, 20.08.2019 plkst. 11:00',
      'admin.ozols, 21.08.2019 plkst. 12:30',
      '3f2a9c1b0d4e',
      'Par sociālo dienestu: Bauskas novada Sociālais dienests',
      'Sagatavoja',
      'Apstiprināja',
      'Vārds, uzvārds',
      'Amats',
      'Paraksts',
      '1. lapa no',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('PROJEKTS');
    expect(content.fileName).toBe('protokols-pilot-2019-LV-016-2.pdf');
  });

  it('in English, without contacts for the ministry, says who sees them, and marks a draft', async () => {
    const draft = protocol({
      rows: withoutContacts(protocol().rows),
      contactsIncluded: false,
      run: { ...protocol().run, status: 'computed', publishedAt: undefined, publishedBy: undefined },
    });
    const text = await pdfText(await protocolPdf(protocolContent(draft, 'en'), font));

    expect(text).toContain('Selection protocol No. pilot-2019-LV-016-2');
    expect(text).toContain('DRAFT. The results are not published yet');
    expect(text).toContain('Received (Latvian time)');
    expect(text).toContain('05.08.2019 09:51:07');
    expect(text).toContain('Waiting list, place 1');
    expect(text).toContain('Only the municipality’s social service sees the persons’ names and contacts');
    expect(text).toContain('Not published');
    expect(text).toContain('Page 1 of');
    expect(text).not.toMatch(/Ģirts|Bērziņa|example\.lv|\+371/);
  });

  it('repeats the table’s headings on every page a long table goes on to, and numbers the pages', async () => {
    const many: ProtocolRow[] = Array.from({ length: 90 }, (_, index) => ({
      rank: index + 1,
      reference: `KDMA-${String(2222 + index).replace(/[01]/g, '2')}`,
      totalScore: 20 - Math.floor(index / 5),
      receivedAt: new Date(Date.parse('2019-08-01T06:00:00.000Z') + index * 61_000).toISOString(),
      decision: 'waitlisted',
      position: index + 1,
    }));
    const bytes = await protocolPdf(protocolContent(protocol({ rows: many, contactsIncluded: false }), 'lv'), font);

    const pages = (await pdfText(bytes)).split('\n');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[1]).toContain('Saņemts (Latvijas laiks)');
    pages.forEach((page, index) => {
      expect(page).toContain(`${index + 1}. lapa no ${pages.length}`);
    });
  });
});
