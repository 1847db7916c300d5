import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { AccessExport, ExportedApplication } from '../../shared/schemas/data-requests.ts';
import type { StaffApplication } from '../../web/src/staff/api/types.ts';
import { copyContent } from '../../web/src/staff/data-requests/copy-content.ts';
import { copyPdf } from '../../web/src/staff/data-requests/copy-pdf.ts';
import {
  checkCorrection,
  correctionAnswers,
  correctionRequest,
} from '../../web/src/staff/data-requests/correction-form.ts';
import { guardian } from '../fixtures/applications.ts';
import { embeddedFonts } from '../helpers/pdf-fonts.ts';
import { pdfText } from '../helpers/pdf-text.ts';

/** The font the browser fetches for every PDF: the same file, read from the package. */
const font = new Uint8Array(
  readFileSync(new URL('../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf', import.meta.url)),
);

const by = { subject: 'sub-bauska', username: 'bauska', displayName: 'Bauskas sociālais darbinieks' };

/** A sent application of Ģirts Ķuzāns, decided and corrected once, as the export gives it. */
const application: ExportedApplication = {
  reference: 'KDMA-4729',
  roundId: 'pilot-2019',
  roundName: 'Pilotprojekts',
  municipalityName: 'Bauskas novada pašvaldība',
  criteria: [{ id: 'support-need', name: 'Atbalsta vajadzība', maxPoints: 10 }],
  status: 'submitted',
  channel: 'online',
  createdAt: '2019-08-05T06:40:00.000Z',
  receivedAt: '2019-08-05T06:51:07.000Z',
  person: {
    firstName: 'Ģirts',
    lastName: 'Ķuzāns',
    personalCode: '161175-19997',
    dateOfBirth: '1975-11-16',
    municipalityCode: 'LV-016',
    disabilityGroup: 2,
    mentalDisorderConfirmed: true,
  },
  contact: { email: 'girts@example.lv', language: 'lv' },
  representative: guardian,
  consentGivenAt: '2019-08-05T06:40:00.000Z',
  flags: {},
  firstOfPersonInRound: true,
  documents: [
    {
      type: 'disability-proof',
      contentType: 'image/png',
      sizeBytes: 2048,
      sha256: 'b'.repeat(64),
      name: 'Invaliditāti apliecinošs dokuments',
      fileName: 'KDMA-4729-disability-proof.png',
      receivedAt: '2019-08-05T06:51:07.000Z',
    },
  ],
  uploads: [],
  review: {
    eligibility: { decision: 'eligible', by, at: '2019-08-20T08:00:00.000Z' },
    scores: { points: { 'support-need': 8 }, total: 8, justification: 'Vērtēts.', by, at: '2019-08-20T08:05:00.000Z' },
  },
  selectionRuns: [],
  emails: [{ id: 'KDMA-4729#receipt#applicant', kind: 'receipt', recipient: 'applicant', state: 'sent' }],
  statusLinkEmails: [],
  retryRecords: [],
  history: [
    {
      at: '2019-08-20T08:00:00.000Z',
      action: 'application.read',
      outcome: 'succeeded',
      by: { username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' },
    },
  ],
  corrections: [
    {
      at: '2019-09-01T09:00:00.000Z',
      by: { username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' },
      fields: ['contact.phone', 'person.lastName'],
      previous: { 'contact.phone': null, 'person.lastName': 'Kuzans' },
      reason: 'Uzrādīja pasi.',
    },
  ],
};

function exportOf(overrides: Partial<AccessExport> = {}): AccessExport {
  return {
    format: 'personal-data-export',
    version: 1,
    producedAt: '2019-09-02T07:30:00.000Z',
    producedBy: { username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' },
    language: 'lv',
    covers: { kind: 'municipality', code: 'LV-016', name: 'Bauskas novada pašvaldība' },
    heldElsewhere: [],
    applications: [application],
    fileName: 'personal-data-2019-09-02-1030.json',
    ...overrides,
  };
}

const allText = (content: ReturnType<typeof copyContent>) => JSON.stringify(content);

describe('the copy of a person’s data, in words', () => {
  it('says everything in the person’s language, times in Riga time', () => {
    const lv = copyContent(exportOf());
    expect(lv.title).toBe('Personas datu kopija');
    expect(lv.facts[0]).toEqual({ label: 'Sagatavota', value: '02.09.2019 plkst. 10:30' });
    const text = allText(lv);
    for (const expected of [
      'Pieteikums KDMA-4729: Pilotprojekts',
      '161175-19997',
      'Aizgādnis',
      'Atbalsta vajadzība (0–10)',
      'Apstiprinājums par saņemšanu',
      'Atvēra pieteikumu',
      'Uzrādīja pasi.',
      'Nebija norādīts',
    ]) {
      expect(text).toContain(expected);
    }
    const en = copyContent(exportOf({ language: 'en' }));
    expect(en.title).toBe('Copy of personal data');
    expect(allText(en)).toContain('Opened an application');
    expect(allText(en)).toContain('Guardian');
  });

  it('says when nothing is kept, and where else the person’s applications are', () => {
    const empty = copyContent(
      exportOf({ applications: [], heldElsewhere: [{ code: 'LV-JEL', name: 'Jelgavas valstspilsētas pašvaldība' }] }),
    );
    expect(empty.notes).toEqual([
      'Par šo personu nav saglabātu pieteikumu.',
      expect.stringContaining('Jelgavas valstspilsētas pašvaldība'),
      'Tie paši dati ir arī mašīnlasāmā JSON failā.',
    ]);
  });

  it('lists each corrected detail with what it was before', () => {
    const [section] = copyContent(exportOf()).applications;
    const corrections = section?.parts.find((part) => part.title === 'Ziņu labojumi');
    expect(corrections?.kind === 'table' && corrections.table.rows.map((row) => row.cells.slice(2, 4))).toEqual([
      ['Tālrunis', 'Nebija norādīts'],
      ['Uzvārds', 'Kuzans'],
    ]);
  });

  it('is drawn as a PDF with every Latvian letter, page feet and all', async () => {
    const bytes = await copyPdf(copyContent(exportOf()), font);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Personas datu kopija');
    expect(await embeddedFonts(bytes)).toHaveLength(1);
    const text = await pdfText(bytes);
    for (const expected of ['Ģirts', 'Ķuzāns', 'Pieteikums KDMA-4729', 'Ziņu labojumi', '1. lapa no']) {
      expect(text).toContain(expected);
    }
  });
});

describe('the correction form', () => {
  const staffApplication = {
    ...application,
    personalCode: { value: '161175-19997', format: 'legacy', checksumMismatch: false },
    state: 'eligible',
    deliveryProblems: [],
    documents: [],
  } as unknown as StaffApplication;

  it('starts from the details the application holds, and sends them back as typed, trimmed', () => {
    const answers = correctionAnswers(staffApplication);
    expect(answers.representative?.email).toBe(guardian.email);
    const request = correctionRequest(
      { ...answers, person: { firstName: ' Ģirts ', lastName: 'Ķuzāns' }, reason: ' Pase. ' },
      staffApplication,
    );
    expect(request).toEqual({
      person: { firstName: 'Ģirts', lastName: 'Ķuzāns' },
      contact: { email: 'girts@example.lv', language: 'lv' },
      representative: { ...guardian },
      reason: 'Pase.',
    });
  });

  it('asks for a date of birth only where the personal code carries none, and for the reason always', () => {
    const answers = { ...correctionAnswers(staffApplication), dateOfBirth: '31.02.1975' };
    expect(checkCorrection(answers, staffApplication).map((error) => error.path)).toEqual(['reason']);
    const newCode = {
      ...staffApplication,
      personalCode: { value: '321234-56789', format: 'new', checksumMismatch: false },
    };
    expect(checkCorrection(answers, newCode as StaffApplication).map((error) => error.path)).toEqual([
      'person.dateOfBirth',
      'reason',
    ]);
    expect(correctionRequest({ ...answers, dateOfBirth: '17.11.1975' }, newCode as StaffApplication).person).toEqual({
      firstName: 'Ģirts',
      lastName: 'Ķuzāns',
      dateOfBirth: '1975-11-17',
    });
  });
});
