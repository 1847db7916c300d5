import { fromZonedTime } from 'date-fns-tz';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  latvianDate,
  localDateTime,
  localDateTimeToSecond,
  rigaCalendarDate,
} from '../../shared/domain/riga-time.ts';
import type { CreateApplicationRequest } from '../../shared/schemas/application.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { guardedPersonRequest } from '../fixtures/protocol-people.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { screenshot } from '../helpers/browser.ts';
import { pdfText } from '../helpers/pdf-text.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, openSignedIn, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The selection protocol and the audit log's Riga days in a real browser. Three Bauska applications of the demo
 * round: two with 15 points received 30 seconds apart in one minute (the first with a guardian and a post address),
 * one not eligible. Intake closes and an administrator runs the selection through the API; the administrator sees
 * the draft protocol, publishes, and prints and downloads the protocol; the Bauska social worker sees it with the
 * contacts; and the administrator finds the social worker's protocol readings in the audit log by a Riga day.
 */

const ROUND = 'demo';
const BAUSKA = 'LV-016';
const NUMBER = `${ROUND}-${BAUSKA}-1`;

const file = webSystemForFile(['bauska', 'admin'] as const);

/** The two with equal points, first received first, and when each was received (UTC, as stored). */
const equal: { reference: string; receivedAt: string }[] = [];
let notEligible = '';
let runId = '';

let applied = 0;
function apply(overrides: Partial<CreateApplicationRequest>): Promise<string> {
  applied += 1;
  const person = { ...validRequest().person, ...overrides.person, personalCode: legacyPersonalCode(900 + applied) };
  return apiClient(file.system.apiUrl).applyOnline(ROUND, validRequest({ ...overrides, person }));
}

async function expectOk(answer: Promise<{ status: number; body: unknown }>, status = 200) {
  const { status: got, body } = await answer;
  expect(got, JSON.stringify(body)).toBe(status);
  return body;
}

const put = (who: keyof typeof file.tokens, path: string, body: unknown) =>
  file.staff.call(file.tokens[who], 'PUT', path, { body });

async function decide(reference: string, points: Record<string, number> | 'not-eligible') {
  const app = `/staff/applications/${reference}`;
  if (points === 'not-eligible') {
    await expectOk(put('bauska', `${app}/document-check`, { verified: false, note: 'Izziņa nav derīga.' }));
    await expectOk(put('bauska', `${app}/eligibility`, { decision: 'not-eligible', reason: 'documents-invalid' }));
    return;
  }
  await expectOk(put('bauska', `${app}/document-check`, { verified: true }));
  await expectOk(put('bauska', `${app}/eligibility`, { decision: 'eligible' }));
  await expectOk(put('bauska', `${app}/scores`, { points, justification: 'Vērtēts mājas vizītē.' }));
}

beforeAll(async () => {
  // The two with equal points arrive at 5 and 35 seconds past one minute, so only the seconds tell them apart.
  const minute = Math.ceil((file.system.clock.now().getTime() + 1000) / 60_000) * 60_000;
  file.system.clock.advanceTo(minute + 5_000);
  const first = await apply(guardedPersonRequest());
  file.system.clock.advanceTo(minute + 35_000);
  const second = await apply({ person: { ...validRequest().person, firstName: 'Anna', lastName: 'Bērziņa' } });
  notEligible = await apply({});
  const sameMinute = { 'support-need': 10, 'no-other-services': 5, 'lives-alone': 0 };
  for (const reference of [first, second]) {
    await decide(reference, sameMinute);
    const read = await file.staff.call<{ application: { receivedAt: string } }>(
      file.tokens.bauska,
      'GET',
      `/staff/applications/${reference}`,
    );
    equal.push({ reference, receivedAt: read.body.application.receivedAt });
  }
  await decide(notEligible, 'not-eligible');

  // Intake ends early; the selection runs once the closing took effect (the first test publishes it).
  const closed = (await expectOk(
    file.staff.call(file.tokens.admin, 'POST', `/staff/rounds/${ROUND}/intake-closure`),
  )) as {
    window: { closesAt: string };
  };
  file.system.clock.advanceTo(Date.parse(closed.window.closesAt) + 1000);
  const ran = (await expectOk(
    file.staff.call(file.tokens.admin, 'POST', `/staff/rounds/${ROUND}/selection-runs`),
    201,
  )) as {
    run: { runId: string };
  };
  runId = ran.run.runId;
}, 120_000);

const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** `05.08.2019 09:51:07`, as the protocol writes a receipt time. */
function toTheSecond(instant: string): string {
  const at = localDateTimeToSecond(instant);
  return `${at.date} ${at.time}`;
}

/** The PDF the page's "Download PDF" makes: its file name and its text. */
async function downloadedPdf(page: Page, button: string): Promise<{ fileName: string; text: string }> {
  const { fileName, bytes } = await savedFile(page, () => page.getByRole('button', { name: button }).click());
  expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  return { fileName, text: await pdfText(bytes) };
}

describe('the selection protocol in the browser', () => {
  it('an administrator opens Bauska’s protocol: numbered, dated, seconds that order equal points, lines to sign', {
    timeout: 90_000,
  }, async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await openSignedIn(page, file.system, 'admin', `/office/rounds/${ROUND}/protocol?municipality=${BAUSKA}`);
    await page.locator('[data-testid="protocol"]').waitFor();

    // Before publication, the protocol says it is a draft.
    expect(await text(page, '[data-testid="protocol-draft"]')).toBe(
      'PROJEKTS. Rezultāti vēl nav publicēti, tāpēc protokols vēl var mainīties.',
    );
    expect(await text(page, '[data-testid="protocol-run"]')).toMatch(/Rezultātus publicēja\s+Nav publicēti/);
    await checkPage(page, 'protocol-00-draft');

    // Publishing answers at once (202); the results are recorded and e-mailed in the background.
    await expectOk(
      file.staff.call(file.tokens.admin, 'POST', `/staff/rounds/${ROUND}/selection-runs/${runId}/publication`),
      202,
    );
    await file.system.waitForIdle();
    await page.reload();
    await page.locator('[data-testid="protocol"]').waitFor();
    expect(await text(page, '#protocol-title')).toBe(`Atlases protokols Nr. ${NUMBER}`);
    const facts = await text(page, '[data-testid="protocol-facts"]');
    expect(facts).toMatch(new RegExp(`Protokola numurs\\s+${NUMBER}`));
    expect(facts).toMatch(new RegExp(`Datums\\s+${latvianDate(rigaCalendarDate(file.system.clock.now()))}`));
    expect(facts).toMatch(/Pašvaldība\s+Bauskas novada pašvaldība/);
    expect(facts).toMatch(/Sociālais dienests\s+Bauskas sociālais dienests/);
    expect(facts).toMatch(/Vietu skaits\s+10/);
    expect(await page.locator('[data-testid="protocol-draft"]').count()).toBe(0);
    expect(await text(page, 'section[aria-labelledby="protocol-criteria"]')).toContain(
      'Atbalsta vajadzība ikdienā: 0–10 punkti',
    );

    // Equal points, received in one minute: the seconds show why the first is first.
    const [first, second] = equal as [(typeof equal)[number], (typeof equal)[number]];
    expect(localDateTime(first.receivedAt)).toEqual(localDateTime(second.receivedAt));
    const rows = await page.locator('table[data-testid="protocol-results"] tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual([
      ['1', first.reference, '15', toTheSecond(first.receivedAt), 'Atlasīts'],
      ['2', second.reference, '15', toTheSecond(second.receivedAt), 'Atlasīts'],
      [
        '',
        notEligible,
        '',
        expect.stringMatching(/^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d$/),
        'Nav atlasīts: neatbilst nosacījumiem',
      ],
    ]);

    // The ministry sees references only.
    expect(await text(page, '[data-testid="protocol-no-contacts"]')).toContain(
      'redzami tikai pašvaldības sociālajam dienestam',
    );
    expect(await page.locator('[data-testid="protocol-contacts"]').count()).toBe(0);
    expect(await text(page, 'main')).not.toMatch(/Ģirts|Bērziņa|\+371/);
    const run = await text(page, '[data-testid="protocol-run"]');
    expect(run).toMatch(/Atlasi veica\s+admin, \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d/);
    expect(run).toMatch(/Rezultātus publicēja\s+admin, \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d/);
    expect(run).toMatch(/Kontrolvērtība\s+[0-9a-f]{12}\b/);
    const signatures = page.locator('[data-testid="protocol-signatures"] table');
    expect(await signatures.locator('thead th').allInnerTexts()).toEqual([
      'Kas',
      'Vārds, uzvārds',
      'Amats',
      'Paraksts',
      'Datums',
    ]);
    expect(await signatures.locator('tbody th').allInnerTexts()).toEqual(['Sagatavoja', 'Apstiprināja']);
    await checkPage(page, 'protocol-01-administrator');

    // The PDF, made on this device: the same document, Latvian letters and all.
    const pdf = await downloadedPdf(page, 'Lejupielādēt PDF');
    expect(pdf.fileName).toBe(`protokols-${NUMBER}.pdf`);
    for (const expected of [
      `Atlases protokols Nr. ${NUMBER}`,
      'Bauskas novada pašvaldība',
      toTheSecond(first.receivedAt),
      toTheSecond(second.receivedAt),
      'Vārds, uzvārds',
      'Paraksts',
      '1. lapa no',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toMatch(/Ģirts|Bērziņa/);
    await page.getByText(`Fails lejupielādēts: protokols-${NUMBER}.pdf.`).waitFor();

    // The CSV keeps the receipt times in Riga time, with their offset.
    const { fileName, text: csv } = await savedFile(page, () =>
      page.getByRole('button', { name: 'Lejupielādēt (CSV)' }).click(),
    );
    expect(fileName).toBe(`protocol-${NUMBER}.csv`);
    expect(csv).toMatch(
      new RegExp(`1,${first.reference},15,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0[23]:00,selected`),
    );

    // On paper: the document alone.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.staff-bar', '.round-nav', '.header', '.footer', '.button-row', '#page-heading']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('[data-testid="protocol"]').isVisible()).toBe(true);
    await screenshot(page, 'protocol-02-administrator-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('the Bauska social worker sees the contacts of the selected persons, in English too, and as a PDF', {
    timeout: 90_000,
  }, async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await openSignedIn(page, file.system, 'bauska', `/office/rounds/${ROUND}/protocol`);
    await page.locator('[data-testid="protocol-contacts"]').waitFor();
    const [first, second] = equal as [(typeof equal)[number], (typeof equal)[number]];

    const contacts = await page.locator('table[data-testid="protocol-contact-table"] tbody tr').allInnerTexts();
    expect(contacts.map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual([
      [
        first.reference,
        'Atlasīts',
        'Ģirts Ķuzāns',
        'tālr. +371 29111111; Rīgas iela 1, Bauska',
        'Ļubova Čakste (aizgādnis); tālr. +371 29222222; lubova@example.lv',
      ],
      [second.reference, 'Atlasīts', 'Anna Bērziņa', 'tālr. +371 20000000; anna@example.lv', ''],
    ]);
    expect(await text(page, 'main')).not.toContain(notEligible.concat('\tAtlasīts'));
    await checkPage(page, 'protocol-03-social-worker');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: `Selection protocol No. ${NUMBER}` }).waitFor();
    expect(await text(page, '[data-testid="protocol-signatures"]')).toContain('Prepared by');
    await checkPage(page, 'protocol-04-social-worker-en');

    const pdf = await downloadedPdf(page, 'Download PDF');
    expect(pdf.fileName).toBe(`protocol-${NUMBER}.pdf`);
    for (const expected of [
      `Selection protocol No. ${NUMBER}`,
      'Ģirts Ķuzāns',
      'Ļubova Čakste (guardian)',
      'Anna Bērziņa',
      toTheSecond(first.receivedAt),
      'Signature',
      'Page 1 of',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('an administrator finds the protocol readings by Riga days: a day runs from 00:00 to 23:59:59 Riga time', {
    timeout: 90_000,
  }, async () => {
    // The social worker reads the protocol 20 seconds before a Riga midnight, and 20 seconds after it.
    const day = addDays(rigaCalendarDate(file.system.clock.now()), 1);
    const midnight = fromZonedTime(`${addDays(day, 1)}T00:00:00`, 'Europe/Riga').getTime();
    const read = () => expectOk(file.staff.call(file.tokens.bauska, 'GET', `/staff/rounds/${ROUND}/protocol`));
    file.system.clock.advanceTo(midnight - 20_000);
    await read();
    file.system.clock.advanceTo(midnight + 20_000);
    await read();

    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await openSignedIn(page, file.system, 'admin', '/office/audit');
    const filterBy = async (isoDay: string) => {
      await page.locator('#field-from').fill(latvianDate(isoDay));
      await page.locator('#field-to').fill(latvianDate(isoDay));
      await page.locator('#field-username').fill('bauska');
      await page.locator('#field-action').selectOption('protocol.read');
      await page.getByRole('button', { name: 'Parādīt' }).click();
      await page.waitForURL((url) => url.searchParams.get('from') === isoDay);
      await page.locator('table tbody tr, main p:text("Ar šo filtru ierakstu nav.")').first().waitFor();
      return page.locator('table tbody tr').allInnerTexts();
    };

    const before = await filterBy(day);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatch(new RegExp(`^${latvianDate(day)} plkst\\. 23:59\\s+bauska`));
    expect(before[0]).toContain('CONTACTS_INCLUDED');
    expect(await text(page, 'main')).toContain('Laiki un filtra dienas ir pēc Latvijas laika');
    await checkPage(page, 'protocol-05-audit-riga-day');

    const after = await filterBy(addDays(day, 1));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(new RegExp(`^${latvianDate(addDays(day, 1))} plkst\\. 00:00\\s+bauska`));
  });
});
