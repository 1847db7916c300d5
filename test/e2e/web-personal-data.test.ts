import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessExport } from '../../shared/schemas/data-requests.ts';
import { guardian } from '../fixtures/applications.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { screenshot } from '../helpers/browser.ts';
import { pdfText } from '../helpers/pdf-text.ts';
import { auditProbe } from '../helpers/staff-client.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { focusOn } from '../helpers/web-forms.ts';
import {
  activate,
  chooseRadio,
  focused,
  focusReaches,
  pressSubmit,
  tick,
  typeInto,
  waitForPage,
  waitUntil,
} from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, openSignedIn, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * Requests about personal data in a real browser, by keyboard: Bauska's social worker makes a copy of a person's
 * data from the staff navigation, in English, and saves it as a PDF and as JSON; then corrects the person's
 * details on the application's own page. The person applied online with their guardian.
 */

const file = webSystemForFile(['bauska'] as const);
const CODE = legacyPersonalCode(8201);
let reference = '';

beforeAll(async () => {
  const api = apiClient(file.system.apiUrl);
  reference = await api.applyOnline(
    'demo',
    validRequest({ person: { ...validRequest().person, personalCode: CODE }, representative: guardian }),
  );
});

/** A file the page saves when `button` is pressed: its name and its bytes. */
const saved = (page: Page, button: string) => savedFile(page, () => activate(page, button));

const errorSummary = (page: Page) => page.locator('#error-summary').innerText();

describe('a copy of a person’s data', () => {
  it('is made by keyboard from the staff navigation, in the person’s language, to print or save', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await openSignedIn(page, file.system, 'bauska', '/office');
    await activate(page, 'Personas datu pieprasījumi');
    await waitForPage(page, '/office/personal-data');
    const code = page.locator('#field-personalCode');
    expect(await code.getAttribute('type')).toBe('password');
    expect(await code.getAttribute('autocomplete')).toBe('off');
    await checkPage(page, 'personal-data-01-form');

    // Nothing typed: the page says what is missing, before anything is sent.
    await pressSubmit(page);
    await waitUntil(page, focusOn('error-summary'));
    expect(await errorSummary(page)).toContain('Ierakstiet personas kodu.');
    expect(await errorSummary(page)).toContain('Vispirms pārbaudiet identitāti un atzīmējiet to.');
    await checkPage(page, 'personal-data-02-missing');

    await typeInto(page, 'field-personalCode', CODE);
    await tick(page, 'field-showCode');
    expect(await code.getAttribute('type')).toBe('text');
    await chooseRadio(page, 'language', 'Angļu (English)');
    await tick(page, 'field-identityChecked');
    await pressSubmit(page);
    await page.locator('[data-testid="copy"]').waitFor();
    await focusReaches(page, 'Kopija sagatavota. Pieteikumu skaits kopijā: 1.');

    // The copy speaks the person's language, whatever the page's; the code is gone from the form and the address.
    const copy = page.locator('[data-testid="copy"]');
    expect(await copy.getAttribute('lang')).toBe('en');
    const words = await copy.innerText();
    for (const expected of [
      'Copy of personal data',
      `Application ${reference}`,
      CODE,
      'Guardian',
      'Nobody on the staff',
    ]) {
      expect(words).toContain(expected);
    }
    expect(await code.inputValue()).toBe('');
    expect(page.url()).not.toContain(CODE.slice(0, 6));
    await checkPage(page, 'personal-data-03-copy');

    const pdf = await saved(page, 'Lejupielādēt PDF');
    expect(pdf.fileName).toMatch(/^copy-of-personal-data-\d{4}-\d\d-\d\d\.pdf$/);
    const pdfWords = await pdfText(pdf.bytes);
    for (const expected of ['Copy of personal data', reference, CODE, 'Page 1 of'])
      expect(pdfWords).toContain(expected);

    const json = await saved(page, 'Lejupielādēt datus (JSON)');
    const exported = JSON.parse(new TextDecoder().decode(json.bytes)) as AccessExport;
    expect(json.fileName).toBe(exported.fileName);
    expect(exported).toMatchObject({ format: 'personal-data-export', version: 1, language: 'en' });
    expect(exported.applications.map((application) => application.reference)).toEqual([reference]);

    // On paper: the copy alone.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.staff-bar', 'form', '.button-row', '#page-heading']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await copy.isVisible()).toBe(true);
    await screenshot(page, 'personal-data-04-print');
    await page.emulateMedia({ media: 'screen' });

    const entries = (await auditProbe(file.system).entries()).filter(
      (entry) => entry.action === 'personal-data.export',
    );
    expect(entries).toEqual([
      expect.objectContaining({
        outcome: 'succeeded',
        reference,
        actor: expect.objectContaining({ username: 'bauska' }),
      }),
    ]);
  });
});

describe('correcting a person’s details', () => {
  it('is a page of the application, saved by keyboard with a reason, and kept in its history', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await openSignedIn(page, file.system, 'bauska', `/office/applications/${reference}`);
    await activate(page, 'Labot personas ziņas');
    await waitForPage(page, `/office/applications/${reference}/personal-details`);
    expect(await page.locator('#field-person-lastName').inputValue()).toBe('Bērziņa');
    expect(await page.locator('#field-representative-email').inputValue()).toBe(guardian.email);
    await checkPage(page, 'personal-details-01-form');

    // Without a reason nothing is sent.
    await typeInto(page, 'field-person-lastName', 'Kalniņa');
    await pressSubmit(page);
    await waitUntil(page, focusOn('error-summary'));
    expect(await errorSummary(page)).toContain('Uzrakstiet, kāpēc labojat.');
    await checkPage(page, 'personal-details-02-missing-reason');

    await typeInto(page, 'field-contact-phone', '+371 29999999');
    await typeInto(page, 'field-reason', 'Apprecējās; uzrādīja pasi.');
    await pressSubmit(page);
    await page.getByText('Labojums saglabāts. Iepriekšējās ziņas ir audita žurnālā.').waitFor();
    expect(await page.locator('#field-reason').inputValue()).toBe('');
    expect((await focused(page))?.tag).toBe('BUTTON');
    await checkPage(page, 'personal-details-03-saved');

    // The same details again change nothing, and the server says so in plain words.
    await typeInto(page, 'field-reason', 'Vēlreiz.');
    await pressSubmit(page);
    await waitUntil(page, focusOn('error-summary'));
    expect(await errorSummary(page)).toContain('Jūs neko nemainījāt.');

    await page.goto(`${file.system.apiUrl}/office/applications/${reference}`);
    const history = page.locator('section[aria-labelledby="history-title"]');
    await history.waitFor();
    expect(await history.innerText()).toContain('Laboja personas ziņas');
    expect(await page.locator('.lead').innerText()).toContain('Kalniņa');
  });
});
