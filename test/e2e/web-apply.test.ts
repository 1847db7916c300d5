import { PDFDocument } from 'pdf-lib';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { pdfText } from '../helpers/pdf-text.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { focusOn } from '../helpers/web-forms.ts';
import {
  activate,
  chooseRadio,
  focused,
  pressSubmit,
  tabTo,
  tick,
  typeInto,
  waitForPage,
  waitUntil,
} from '../helpers/web-keyboard.ts';
import { answerOpeningQuestions, checkPage, file, storedDraft } from '../helpers/web-pages.ts';
import { newPage, webSystemForFile } from '../helpers/web-system.ts';

const web = webSystemForFile([]);

const receiptsFor = async (reference: string) => {
  await web.system.waitForIdle();
  // Receipts only: the e-mail with the link to continue went out when the draft was stored.
  return (await web.system.mail()).filter(
    (email) =>
      /^(Pieteikums saņemts|Application received): /.test(email.subject) && JSON.stringify(email).includes(reference),
  );
};

/** Presses a download button by keyboard and reads the file the browser saves. */
const download = (page: Page, button: string) => savedFile(page, () => activate(page, button));

/** Chooses a file through the browser's own dialog (the one step a keyboard test cannot press keys for). */
async function upload(page: Page, type: string, chosen: ReturnType<typeof file>, receivedText: RegExp) {
  await tabTo(page, { id: `field-documents-${type}` });
  await page.setInputFiles(`#field-documents-${type}`, chosen);
  await page.getByText(receivedText).waitFor();
}

describe('applying in the browser, by keyboard only', () => {
  it('in Latvian, for oneself: every step, both uploads, a change from the check page, the receipt e-mail', async () => {
    const page = await newPage(web.browser);
    const email = `anna-${Date.now()}@example.lv`;
    await page.goto(`${web.system.apiUrl}/apply/demo`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('lv');
    await checkPage(page, 'lv-01-start');
    // The blank application form, to print or to sign with an e-signature: made in the browser, nothing sent.
    const blank = await download(page, 'Lejupielādēt iesnieguma veidlapu (PDF)');
    expect(blank.fileName).toBe('iesniegums-demo.pdf');
    expect(await pdfText(blank.bytes)).toContain('Personas kods');

    await activate(page, 'Sākt');
    await waitForPage(page, '/apply/demo/municipality');
    expect(await page.title()).toBe(
      'Kurā pašvaldībā persona ir deklarēta? – 1. solis no 9 – Pieteikšanās sociālajiem pakalpojumiem',
    );
    expect(await page.getByText('1. solis no 9').isVisible()).toBe(true);
    await answerOpeningQuestions(
      page,
      {
        municipality: 'Bauskas novada pašvaldība',
        disabilityGroup: '2. grupa',
        mentalDisorder: 'Jā',
        applicant: 'Es piesakos sev',
      },
      'lv',
    );

    await waitForPage(page, '/apply/demo/person');
    expect(await page.getByText('5. solis no 9').isVisible()).toBe(true);
    await checkPage(page, 'lv-06-person');
    await typeInto(page, 'field-person-firstName', 'Anna');
    await typeInto(page, 'field-person-lastName', 'Bērziņa');
    await typeInto(page, 'field-person-personalCode', legacyPersonalCode(101));
    expect(await page.getAttribute('#field-person-personalCode', 'inputmode')).toBe('numeric');
    expect(await page.getAttribute('#field-person-firstName', 'autocomplete')).toBe('given-name');
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/contact');
    await checkPage(page, 'lv-07-contact');
    await typeInto(page, 'field-contact-email', email);
    await typeInto(page, 'field-contact-phone', '20000000');
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/consent');
    await checkPage(page, 'lv-08-consent');
    await tick(page, 'field-consent');
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/documents');
    await checkPage(page, 'lv-09-documents');
    await upload(
      page,
      'application-form',
      file('iesniegums.pdf', 'application/pdf', files.pdf()),
      /Saņemts: iesniegums\.pdf/,
    );
    await upload(page, 'disability-proof', file('atzinums.png', 'image/png', files.png()), /Saņemts: atzinums\.png/);
    await checkPage(page, 'lv-10-documents-received');
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/check');
    await checkPage(page, 'lv-11-check');
    expect(await page.locator('.summary-value').allInnerTexts()).toEqual(
      expect.arrayContaining(['Bauskas novada pašvaldība', '2. grupa', 'Anna Bērziņa', email, '20000000']),
    );

    // "Change" leads to the page, and "Continue" there updates the stored draft (PUT) and comes back.
    const puts: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(request);
    });
    await activate(page, /^Mainīt\s*:\s*Tālrunis$/);
    await waitForPage(page, '/apply/demo/contact');
    expect(new URL(page.url()).search).toBe('?return=check');
    await typeInto(page, 'field-contact-phone', '+371 29999999');
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/check');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.postDataJSON()).toMatchObject({ contact: { phone: '+371 29999999' } });
    expect(await page.locator('.summary-value').allInnerTexts()).toContain('+371 29999999');

    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/done');
    await checkPage(page, 'lv-12-done');
    const reference = (await page.getByTestId('reference').innerText()).trim();
    expect(reference).toMatch(/^[A-Z]{4}-\d{4}$/);
    expect(await page.getByTestId('access-code').innerText()).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(await page.getByText(email).isVisible()).toBe(true);
    // The draft is gone from the browser once the application is in.
    expect(await storedDraft(page)).toBeUndefined();

    const receipts = await receiptsFor(reference);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]?.destination.to).toEqual([email]);
    // Every step by keyboard, with two PDFs made and read back: longer than one page's test on a busy machine.
  }, 120_000);

  it('in English, for someone else: the representative and the person both get the e-mail, then the status page', async () => {
    const page = await newPage(web.browser);
    const personEmail = `person-${Date.now()}@example.com`;
    const representativeEmail = `guardian-${Date.now()}@example.com`;
    await page.goto(`${web.system.apiUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPage(page, 'lv-00-rounds');

    // The switch is at the top of every page; it changes the words and keeps everything else.
    await activate(page, 'English');
    await page.getByRole('heading', { name: 'Apply for social services', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await focused(page))?.text).toBe('Latviski');
    await checkPage(page, 'en-00-rounds');

    await activate(page, 'Demo round (not a real intake)');
    await waitForPage(page, '/apply/demo');
    await checkPage(page, 'en-01-start');
    await activate(page, 'Start');
    await waitForPage(page, '/apply/demo/municipality');
    await answerOpeningQuestions(
      page,
      {
        municipality: 'Cēsis municipality',
        disabilityGroup: 'Group 1',
        mentalDisorder: 'Yes',
        applicant: 'I am applying for someone else',
      },
      'en',
    );

    await waitForPage(page, '/apply/demo/representative');
    expect(await page.title()).toBe('Your details as the representative – Step 5 of 10 – Apply for social services');
    await checkPage(page, 'en-06-representative');
    await typeInto(page, 'field-representative-firstName', 'Jānis');
    await typeInto(page, 'field-representative-lastName', 'Bērziņš');
    await chooseRadio(page, 'representative.capacity', 'I am the person’s guardian');
    await typeInto(page, 'field-representative-email', representativeEmail);
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/person');
    await checkPage(page, 'en-07-person');
    // About someone else: the browser must not fill in the representative's own name.
    expect(await page.getAttribute('#field-person-firstName', 'autocomplete')).toBe('off');
    await typeInto(page, 'field-person-firstName', 'Pēteris');
    await typeInto(page, 'field-person-lastName', 'Kalniņš');
    // A new-format code carries no date of birth, so the form asks for it.
    await typeInto(page, 'field-person-personalCode', '32345678901');
    await typeInto(page, 'field-person-dateOfBirth', '7');
    await typeInto(page, 'field-person-dateOfBirth-month', '3');
    await typeInto(page, 'field-person-dateOfBirth-year', '1988');
    await checkPage(page, 'en-07b-person-date-of-birth');
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/contact');
    expect(await page.getByText(`We will write to you at ${representativeEmail}.`).isVisible()).toBe(true);
    await checkPage(page, 'en-08-contact');
    await typeInto(page, 'field-contact-email', personEmail);
    await chooseRadio(page, 'contact.language', 'English');
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/consent');
    await checkPage(page, 'en-09-consent');
    await tick(page, 'field-consent');
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/documents');
    await checkPage(page, 'en-10-documents');
    // The application filled in with the answers, to sign: a real PDF with the person's name, diacritics and all.
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(web.system.apiUrl)) apiRequests.push(`${request.method()} ${request.url()}`);
    });
    const filled = await download(page, 'Download the filled-in application (PDF)');
    expect(filled.fileName).toMatch(/^application-[A-Z]{4}-\d{4}\.pdf$/);
    expect((await PDFDocument.load(filled.bytes)).getTitle()).toBe('APPLICATION: Demo round (not a real intake)');
    const filledText = await pdfText(filled.bytes);
    expect(filledText).toContain('Pēteris');
    expect(filledText).toContain('Kalniņš');
    expect(filledText).toContain('32345678901');
    expect(filledText).toContain('Jānis Bērziņš');
    // Only the font was fetched: the answers did not travel to be made into a PDF.
    expect(apiRequests.filter((request) => !request.includes('/assets/'))).toEqual([]);
    await upload(
      page,
      'application-form',
      file(filled.fileName, 'application/pdf', filled.bytes),
      /Received: application-/,
    );
    await upload(page, 'disability-proof', file('decision.png', 'image/png', files.png()), /Received: decision\.png/);
    // A guardian proves it: here with the court decision signed as an e-signed container.
    await upload(
      page,
      'representative-authority',
      file('court-decision.edoc', '', files.asice()),
      /Received: court-decision\.edoc/,
    );
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/check');
    await checkPage(page, 'en-11-check');
    expect(await page.locator('.summary-value').allInnerTexts()).toEqual(
      expect.arrayContaining(['Jānis Bērziņš', 'Guardian', 'Pēteris Kalniņš', '07.03.1988', personEmail]),
    );
    await pressSubmit(page);

    await waitForPage(page, '/apply/demo/done');
    await checkPage(page, 'en-12-done');
    const reference = (await page.getByTestId('reference').innerText()).trim();
    expect(await page.locator('main li').allInnerTexts()).toEqual(
      expect.arrayContaining([representativeEmail, personEmail]),
    );

    const receipts = await receiptsFor(reference);
    expect(receipts.flatMap((receipt) => receipt.destination.to).sort()).toEqual(
      [personEmail, representativeEmail].sort(),
    );

    // The status link carries the code after '#': the page reads it and shows the status.
    // Opened from the link, the page looks the status up at once and takes the keyboard to the answer's heading,
    // which may come before the page's own heading was ever focused.
    await activate(page, 'See the status of the application');
    await page.waitForURL((url) => url.pathname === '/status');
    await waitUntil(page, focusOn('result-heading'), 15_000);
    await page.getByRole('heading', { name: `Application ${reference}` }).waitFor();
    expect(page.url()).not.toContain('#');
    expect(await page.locator('.status-tag').innerText()).toBe('Sent');
    await checkPage(page, 'en-13-status');
  }, 120_000);

  it('keeps what was typed through a reload in the middle of the form', async () => {
    const page = await newPage(web.browser);
    await page.goto(`${web.system.apiUrl}/apply/demo/municipality`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await chooseRadio(page, 'person.municipalityCode', 'Talsu novada pašvaldība');
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/disability-group');
    await page.goto(`${web.system.apiUrl}/apply/demo/person`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await typeInto(page, 'field-person-firstName', 'Līga');
    await typeInto(page, 'field-person-personalCode', '161175-19997');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.inputValue('#field-person-firstName')).toBe('Līga');
    expect(await page.inputValue('#field-person-personalCode')).toBe('161175-19997');
    await page.goto(`${web.system.apiUrl}/apply/demo/municipality`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.isChecked('input[value="LV-088"]')).toBe(true);
    expect((await storedDraft(page))?.answers.person.firstName).toBe('Līga');
  });
});
