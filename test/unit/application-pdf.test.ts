import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Round } from '../../web/src/api/types.ts';
import { newDraft } from '../../web/src/draft/draft.ts';
import { applicationPdf } from '../../web/src/pdf/application-pdf.ts';
import { formContent } from '../../web/src/pdf/form-content.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { embeddedFonts } from '../helpers/pdf-fonts.ts';
import { pdfText as textOf } from '../helpers/pdf-text.ts';

/** The font the browser fetches for the form: the same file, read from the package. */
const font = new Uint8Array(
  readFileSync(new URL('../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf', import.meta.url)),
);

const round = {
  ...pilotLikeRound,
  name: { lv: 'Izmēģinājumprojekts Ķekavā', en: 'Pilot project' },
  municipalities: [{ code: 'LV-016', name: { lv: 'Bauskas novada pašvaldība', en: 'Bauska municipality' }, cap: 10 }],
} as unknown as Round;

/** Every Latvian letter with a diacritic, small and capital. */
const LATVIAN = 'āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ';

function answers() {
  const draft = newDraft(round.id);
  return {
    ...draft.answers,
    municipalityCode: 'LV-016',
    disabilityGroup: '2' as const,
    mentalDisorder: 'yes' as const,
    applicant: 'other' as const,
    representative: {
      firstName: 'Ļubova',
      lastName: 'Čakste',
      capacity: 'guardian' as const,
      email: 'lubova@example.lv',
      phone: '+371 20000000',
    },
    person: {
      firstName: 'Ģirts',
      lastName: `Ķuzāns ${LATVIAN}`,
      personalCode: '161175-19997',
      birthDay: '',
      birthMonth: '',
      birthYear: '',
    },
    contact: { email: 'girts@example.lv', phone: '', language: 'lv' as const },
    consent: true,
  };
}

// Parsing the 600 KB font and reading the PDF back take a few seconds on a busy machine.
describe('the application form as a PDF', { timeout: 30_000 }, () => {
  it('is a valid PDF with the person’s answers, Latvian letters and all, as readable text', async () => {
    const content = formContent(round, 'lv', { answers: answers(), reference: 'KDMA-4729' });
    const bytes = await applicationPdf(content, font);

    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getTitle()).toBe('IESNIEGUMS: Izmēģinājumprojekts Ķekavā');
    expect(parsed.getPageCount()).toBeGreaterThanOrEqual(1);

    const text = await textOf(bytes);
    expect(text).toContain('Ģirts');
    expect(text).toContain(`Ķuzāns ${LATVIAN}`);
    expect(text).toContain('161175-19997');
    expect(text).toContain('Bauskas novada pašvaldība');
    expect(text).toContain('Ļubova Čakste');
    expect(text).toContain('Pieteikuma numurs: KDMA-4729');
    expect(text).toContain('Izmēģinājumprojekts Ķekavā');
    // The statements the signature confirms, and the proof of authority among the documents attached.
    expect(text).toContain('personai ir garīga rakstura traucējumi');
    expect(text).toContain('Pārstāvības tiesības apliecinošs dokuments');
    expect(text).toContain('Paraksts');
    expect(content.fileName).toBe('iesniegums-KDMA-4729.pdf');
  });

  it('embeds the whole font, so every device shows the same letters (a subset of it loses letters)', async () => {
    const bytes = await applicationPdf(formContent(round, 'lv', { answers: answers() }), font);
    const fonts = await embeddedFonts(bytes);
    expect(fonts.length).toBe(1);
    for (const { name, program } of fonts) {
      expect(name).toMatch(/NotoSans/);
      expect(Buffer.from(program).equals(Buffer.from(font))).toBe(true);
    }
  });

  it('is blank to fill in by hand, in English too, with room for a representative and the signature', async () => {
    const content = formContent(round, 'en');
    const text = await textOf(await applicationPdf(content, font));
    expect(text).toContain('APPLICATION');
    expect(text).toContain('to take part in: Pilot project');
    expect(text).toContain('The representative');
    expect(text).toContain('Group 1');
    expect(text).toContain('Group 2');
    expect(text).toContain('the person has a mental disorder');
    expect(text).toContain('Proof of the right to represent');
    expect(text).toContain('Signature');
    expect(text).not.toContain('161175');
    expect(content.fileName).toBe('application-pilot-2019.pdf');
  });

  it('leaves out the representative’s part when the person applies for themself', () => {
    const own = { ...answers(), applicant: 'self' as const };
    const content = formContent(round, 'en', { answers: own });
    expect(content.blocks.some((block) => block.kind === 'heading' && block.text === '2. The representative')).toBe(
      false,
    );
    expect(JSON.stringify(content.blocks)).not.toContain('Proof of the right to represent');
  });
});
