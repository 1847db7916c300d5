import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { apiClient } from '../helpers/api-client.ts';
import { activate, focused, pressSubmit, tabTo, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { answerUpToPerson, checkPage, descriptionOf, file, openPage, storedDraft } from '../helpers/web-pages.ts';
import { newPage, webSystemForFile } from '../helpers/web-system.ts';

const web = webSystemForFile([]);

const open = (page: Page, path: string) => openPage(page, web.system, path);

/** "Continue" by keyboard, then wait for the error summary to take the focus. */
async function continueWithErrors(page: Page) {
  await pressSubmit(page);
  await waitUntil(page, `document.activeElement && document.activeElement.id === 'error-summary'`);
}

const summaryTexts = (page: Page) => page.locator('#error-summary li').allInnerTexts();

/**
 * The field is marked invalid and its error is read out with it: by the input itself, or for a group of radio
 * buttons by the fieldset around them, which a screen reader reads on entering the group.
 */
async function expectFieldError(page: Page, selector: string, message: string, describedBy = selector) {
  expect(await page.getAttribute(selector, 'aria-invalid')).toBe('true');
  expect(await descriptionOf(page, describedBy)).toContain(message);
  expect(await summaryTexts(page)).toContain(message);
}

async function fillPersonAndContact(page: Page, personalCode: string) {
  await waitForPage(page, '/apply/demo/person');
  await page.getByLabel('Vārds', { exact: true }).fill('Ilze');
  await page.getByLabel('Uzvārds', { exact: true }).fill('Ozola');
  await page.getByLabel('Personas kods').fill(personalCode);
  await continueToConsent(page);
}

/** From the person's page, with its answers given: the contact page, and consent ticked. */
async function continueToConsent(page: Page) {
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await waitForPage(page, '/apply/demo/contact');
  await page.getByLabel('E-pasts').fill(`ilze-${Date.now()}@example.lv`);
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await waitForPage(page, '/apply/demo/consent');
  await page.getByLabel(/Es piekrītu/).check();
}

describe('errors in the browser, each next to its field', () => {
  it('empty required answers: the summary takes the focus, its links lead to the fields', async () => {
    const page = await newPage(web.browser);
    await open(page, '/apply/demo/municipality');
    await continueWithErrors(page);
    expect(await page.title()).toMatch(/^Kļūda: Kurā pašvaldībā/);
    await expectFieldError(
      page,
      '#field-person-municipalityCode',
      'Lūdzu, izvēlieties pašvaldību.',
      'fieldset:has(#field-person-municipalityCode)',
    );
    await checkPage(page, 'lv-err-01-municipality-empty');
    // From the summary, Tab and Enter put the keyboard on the field itself.
    await activate(page, 'Lūdzu, izvēlieties pašvaldību.');
    expect((await focused(page))?.id).toBe('field-person-municipalityCode');

    // Pages with one required answer: it is named at its field.
    for (const [path, field, message, name] of [
      [
        '/apply/demo/contact',
        '#field-contact-email',
        'Lūdzu, norādiet e-pastu, tālruni vai pasta adresi, lai sociālais dienests varētu ar jums sazināties.',
        'lv-err-02-contact-empty',
      ],
      [
        '/apply/demo/consent',
        '#field-consent',
        'Lūdzu, atzīmējiet, ka piekrītat. Bez piekrišanas mēs nevaram izskatīt pieteikumu.',
        'lv-err-03-consent-empty',
      ],
    ] as const) {
      await open(page, path);
      await continueWithErrors(page);
      await expectFieldError(page, field, message);
      await checkPage(page, name);
    }

    await open(page, '/apply/demo/person');
    await continueWithErrors(page);
    await expectFieldError(page, '#field-person-firstName', 'Lūdzu, ierakstiet vārdu.');
    await expectFieldError(page, '#field-person-lastName', 'Lūdzu, ierakstiet uzvārdu.');
    await expectFieldError(page, '#field-person-personalCode', 'Lūdzu, ierakstiet personas kodu.');
    // The hint stays with the field, before the error.
    expect(await descriptionOf(page, '#field-person-personalCode')).toMatch(/^Personas kodā ir 11 cipari.* \| Kļūda: /);
    await checkPage(page, 'lv-err-04-person-empty');

    await open(page, '/apply/demo/who');
    await page.getByLabel('Es piesakos citas personas vārdā').check();
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/representative');
    await continueWithErrors(page);
    expect(await summaryTexts(page)).toHaveLength(4);
    await expectFieldError(page, '#field-representative-email', 'Lūdzu, ierakstiet savu e-pasta adresi.');
    await expectFieldError(
      page,
      '#field-representative-capacity',
      'Lūdzu, izvēlieties, kāpēc varat pieteikties personas vārdā.',
      'fieldset:has(#field-representative-capacity)',
    );
    await checkPage(page, 'lv-err-05-representative-empty');
  });

  it('says kindly who cannot apply and where to turn instead', async () => {
    const page = await newPage(web.browser);
    await answerUpToPerson(page, web.system, { group: '3. grupa' });
    await waitForPage(page, '/apply/demo/cannot-apply');
    expect(await page.locator('main').innerText()).toContain(
      'Šajā kārtā var pieteikties personas ar 1. vai 2. invaliditātes grupu. Jūs atbildējāt: 3. grupa.',
    );
    expect(await page.locator('main').innerText()).toContain(
      'Par citu atbalstu jautājiet Bauskas novada pašvaldības sociālajā dienestā.',
    );
    await checkPage(page, 'lv-err-06-group-3');
    await activate(page, 'Mainīt atbildi');
    await waitForPage(page, '/apply/demo/disability-group');

    await page.getByLabel('Nezinu').check();
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/cannot-apply');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Vispirms uzziniet invaliditātes grupu');
    await checkPage(page, 'lv-err-07-group-unknown');

    await open(page, '/apply/demo/municipality');
    await page.getByLabel('Pašvaldības nav sarakstā').check();
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/cannot-apply');
    expect(await page.locator('main').innerText()).toContain('savas pašvaldības sociālajā dienestā');
    await checkPage(page, 'lv-err-08-municipality-other');

    await answerUpToPerson(page, web.system, { group: '1. grupa' });
    await open(page, '/apply/demo/mental-disorder');
    await page.getByLabel('Nē').check();
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/cannot-apply');
    expect(await page.locator('main').innerText()).toContain(
      'Šī kārta ir paredzēta personām ar garīga rakstura traucējumiem.',
    );
    await checkPage(page, 'lv-err-09-mental-disorder-no');
  });

  it('a malformed personal code on its own page; refused files, a failed upload, a document the server refuses', async () => {
    const page = await newPage(web.browser);
    const s3Requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(web.system.endpoints.s3)) s3Requests.push(request.url());
    });

    // The personal code is checked on its own page, by the server's rule and in its words, before anything is sent.
    await answerUpToPerson(page, web.system);
    await waitForPage(page, '/apply/demo/person');
    await page.getByLabel('Vārds', { exact: true }).fill('Ilze');
    await page.getByLabel('Uzvārds', { exact: true }).fill('Ozola');
    await page.getByLabel('Personas kods').fill('12345');
    await continueWithErrors(page);
    expect(new URL(page.url()).pathname).toBe('/apply/demo/person');
    await expectFieldError(
      page,
      '#field-person-personalCode',
      'Personas kods nav pareizs. Tajā ir 11 cipari, piemēram, 010190-12345 vai 321234-56789. Svītriņu var nerakstīt. Lūdzu, pārbaudiet ciparus.',
    );
    await checkPage(page, 'lv-err-10-person-code');
    await activate(page, 'English', { backwards: true });
    await page.getByText('The personal code is not right.', { exact: false }).first().waitFor();
    await checkPage(page, 'en-err-10-person-code');
    await activate(page, 'Latviski');

    // Fixed: on to the contact page, consent, and the documents.
    await page.getByLabel('Personas kods').fill(legacyPersonalCode(201));
    await continueToConsent(page);
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/documents');
    const created = (await storedDraft(page))?.created;
    expect(created?.reference).toMatch(/^[A-Z]{4}-\d{4}$/);

    await continueWithErrors(page);
    await expectFieldError(
      page,
      '#field-documents-application-form',
      'Lūdzu, augšupielādējiet dokumentu „Iesniegums”.',
    );
    await expectFieldError(
      page,
      '#field-documents-disability-proof',
      'Lūdzu, augšupielādējiet dokumentu „Dokuments par invaliditāti”.',
    );
    await checkPage(page, 'lv-err-11-documents-empty');

    // Refused in the browser, before anything is sent.
    await page.setInputFiles(
      '#field-documents-application-form',
      file('skenējums.pdf', 'application/pdf', new Uint8Array(11 * 1024 * 1024).fill(0x25)),
    );
    await page.getByText('Fails ir par lielu: 11,0 MB.').first().waitFor();
    // The refusal replaces "please upload" in the error summary too: the summary and the field say the same.
    const tooLarge =
      'Fails ir par lielu: 11,0 MB. Fails var būt līdz 10 MB. Lūdzu, samaziniet failu. Piemēram, skenējiet dokumentu ar mazāku izšķirtspēju.';
    await expectFieldError(page, '#field-documents-application-form', tooLarge);
    expect(await summaryTexts(page)).toEqual([
      tooLarge,
      'Lūdzu, augšupielādējiet dokumentu „Dokuments par invaliditāti”.',
    ]);
    await checkPage(page, 'lv-err-12-file-too-large');
    await page.setInputFiles(
      '#field-documents-application-form',
      file(
        'iesniegums.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        new TextEncoder().encode('PK not a pdf'),
      ),
    );
    await page.getByText('Šo failu nevaram pieņemt.').first().waitFor();
    await page.setInputFiles(
      '#field-documents-application-form',
      file('iesniegums.pdf', 'application/pdf', files.htmlPretendingToBePdf()),
    );
    await page.getByText('Šo failu nevaram pieņemt.').first().waitFor();
    const wrongType =
      'Šo failu nevaram pieņemt. Var augšupielādēt tikai PDF, JPEG, PNG vai e-parakstītu EDOC vai ASICE failu. Ja dokuments ir uz papīra, nofotografējiet vai skenējiet to.';
    await expectFieldError(page, '#field-documents-application-form', wrongType);
    expect((await summaryTexts(page))[0]).toBe(wrongType);
    await checkPage(page, 'lv-err-13-file-wrong-type');
    expect(s3Requests).toEqual([]);

    // The connection breaks during the upload: say so, and offer to send the same file again.
    await page.route(`${web.system.endpoints.s3}/**`, (route) => route.abort('connectionreset'), { times: 1 });
    await page.setInputFiles(
      '#field-documents-application-form',
      file('iesniegums.pdf', 'application/pdf', files.pdf()),
    );
    await page.getByText('Failu neizdevās nosūtīt.').first().waitFor();
    expect((await summaryTexts(page))[0]).toMatch(/^Failu neizdevās nosūtīt\./);
    await checkPage(page, 'lv-err-14-upload-failed');
    await activate(page, 'Sūtīt vēlreiz: Iesniegums');
    await page.getByText('Saņemts: iesniegums.pdf').waitFor();
    await page.setInputFiles('#field-documents-disability-proof', file('atzinums.png', 'image/png', files.png()));
    await page.getByText('Saņemts: atzinums.png').waitFor();

    // Storage now holds something else under the same name (e.g. sent from another device): the server refuses it
    // at submission, and the page for documents shows its words at that document.
    const api = apiClient(web.system.apiUrl);
    if (!created) throw new Error('no draft was created');
    expect(
      await api.upload(created.reference, created.accessCode, 'application-form', files.htmlPretendingToBePdf()),
    ).toBe(204);
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/check');
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/documents');
    await expectFieldError(
      page,
      '#field-documents-application-form',
      'Šādu faila veidu nevaram pieņemt. Lūdzu, augšupielādējiet PDF, JPEG vai PNG failu vai ar e-parakstu parakstītu EDOC vai ASICE failu. Pārbaudiet, vai fails tiešām ir tāds, kā rāda tā nosaukums.',
    );
    expect(await page.getAttribute('#field-documents-disability-proof', 'aria-invalid')).toBeNull();
    await checkPage(page, 'lv-err-15-document-server');

    await page.setInputFiles(
      '#field-documents-application-form',
      file('iesniegums.pdf', 'application/pdf', files.pdf()),
    );
    await page.getByText('Saņemts: iesniegums.pdf').waitFor();
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/check');
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/done');
    expect(await page.getByTestId('reference').innerText()).toBe(created.reference);
  });

  it('a create whose answer was lost: the retry with changed answers still makes one application', async () => {
    const page = await newPage(web.browser);
    let lost: { reference: string } | undefined;
    await page.route(
      `${web.system.apiUrl}/rounds/demo/applications`,
      async (route) => {
        // The server stores the application, but its answer never reaches the browser.
        lost = (await (await route.fetch()).json()) as { reference: string };
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await answerUpToPerson(page, web.system);
    await fillPersonAndContact(page, legacyPersonalCode(202));
    await continueWithErrors(page);
    expect(await summaryTexts(page)).toEqual([
      'Neizdevās sazināties ar serveri. Pārbaudiet interneta savienojumu. Tad mēģiniet vēlreiz. Jūsu atbildes ir saglabātas.',
    ]);
    await checkPage(page, 'lv-err-16-network');

    await activate(page, 'Atpakaļ', { backwards: true });
    await waitForPage(page, '/apply/demo/contact');
    await page.getByLabel('Tālrunis').fill('20000001');
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/consent');
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/documents');
    expect(lost?.reference).toMatch(/^[A-Z]{4}-\d{4}$/);
    expect((await storedDraft(page))?.created?.reference).toBe(lost?.reference);
  });

  it('the status page: empty fields, and a number or code that does not match', async () => {
    const page = await newPage(web.browser);
    await open(page, '/status');
    await checkPage(page, 'lv-status-01');
    await continueWithErrors(page);
    await expectFieldError(page, '#field-reference', 'Lūdzu, ierakstiet pieteikuma numuru.');
    await expectFieldError(page, '#field-accessCode', 'Lūdzu, ierakstiet piekļuves kodu.');
    await checkPage(page, 'lv-err-17-status-empty');

    await page.getByLabel('Pieteikuma numurs').fill('ABCD-2345');
    await page.getByLabel('Piekļuves kods').fill('ABCDE-23456');
    await continueWithErrors(page);
    await expectFieldError(
      page,
      '#field-reference',
      'Pieteikumu neatradām. Pārbaudiet pieteikuma numuru un piekļuves kodu. Abus saņēmāt, kad sākāt pieteikumu.',
    );
    await checkPage(page, 'lv-err-18-status-not-found');
  });

  it('reflows on a 320 px wide screen (400 % zoom) without sideways scrolling', async () => {
    const page = await newPage(web.browser, { width: 320, height: 640 });
    const noSidewaysScroll = async () =>
      expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

    await open(page, '/apply/demo');
    await noSidewaysScroll();
    await checkPage(page, 'lv-320-01-start');

    await open(page, '/apply/demo/person');
    await continueWithErrors(page);
    await noSidewaysScroll();
    await checkPage(page, 'lv-320-02-person-errors');

    await answerUpToPerson(page, web.system);
    await fillPersonAndContact(page, legacyPersonalCode(203));
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/documents');
    await noSidewaysScroll();
    await checkPage(page, 'lv-320-03-documents');
    await page.setInputFiles(
      '#field-documents-application-form',
      file('iesniegums.pdf', 'application/pdf', files.pdf()),
    );
    await page.getByText('Saņemts: iesniegums.pdf').waitFor();
    await page.setInputFiles('#field-documents-disability-proof', file('atzinums.png', 'image/png', files.png()));
    await page.getByText('Saņemts: atzinums.png').waitFor();
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/check');
    await noSidewaysScroll();
    await checkPage(page, 'lv-320-04-check');
    await pressSubmit(page);
    await waitForPage(page, '/apply/demo/done');
    await noSidewaysScroll();
    await checkPage(page, 'lv-320-05-done');
    await tabTo(page, { text: 'English' }, { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Application sent' }).waitFor();
    await noSidewaysScroll();
    await checkPage(page, 'en-320-05-done');
  });
});
