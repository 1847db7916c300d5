import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { auditProbe } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { chooseRadio, focused, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, openSignedIn, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * An application's page as a task list, each step on a page of its own, "Save and open the next one to review",
 * the withdrawal as an action, declared against checked, and documents shown in the page rather than downloaded.
 * Three Bauska applications, earliest first: Anna's with a real two-page PDF and a real scanned image, Baiba's,
 * and Cilda's, whose application form is an e-signed container.
 */

const applicants: Record<'anna' | 'baiba' | 'cilda', string> = { anna: '', baiba: '', cilda: '' };

const web = webSystemForFile([]);

/** A real PDF of two pages with words on each, as a scanner or a word processor would make it. */
async function twoPagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const words of ['Iesniegums par dalibu', 'Otra lapa: paraksts']) {
    pdf.addPage([420, 595]).drawText(words, { x: 40, y: 520, size: 24, font });
  }
  return pdf.save();
}

/** A real PNG image: a screenshot of a small piece of text, as a phone's photo of a document would be. */
async function scannedImage(): Promise<Uint8Array> {
  const page = await newPage(web.browser);
  await page.setContent('<p style="font: 24px sans-serif; margin: 16px">VDEAVK atzinums: 2. grupa</p>');
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 360, height: 80 } });
  await page.context().close();
  return new Uint8Array(png);
}

beforeAll(async () => {
  const api = apiClient(web.system.apiUrl);
  const documents = {
    anna: { form: await twoPagePdf(), formName: 'iesniegums.pdf', proof: await scannedImage() },
    baiba: { form: files.pdf(), formName: 'iesniegums.pdf', proof: files.png() },
    cilda: { form: files.asice(), formName: 'iesniegums.edoc', proof: files.png() },
  };
  for (const [index, name] of (['anna', 'baiba', 'cilda'] as const).entries()) {
    const firstName = name[0]?.toUpperCase() + name.slice(1);
    const person = { ...validRequest().person, firstName, personalCode: legacyPersonalCode(600 + index) };
    const created = await api.create('demo', validRequest({ person: { ...person, municipalityCode: 'LV-016' } }));
    expect(created.status).toBe(201);
    const { reference, accessCode } = created.body;
    const { form, formName, proof } = documents[name];
    expect(await api.upload(reference, accessCode, 'application-form', form, formName)).toBe(204);
    expect(await api.upload(reference, accessCode, 'disability-proof', proof, 'izzina.png')).toBe(204);
    expect((await api.submit(reference, accessCode)).status).toBe(200);
    await storageProbe(web.system).waitForScans('demo', reference);
    applicants[name] = reference;
  }
  // The queue shows a submission once the table's stream has brought it there.
  await web.system.waitForIdle();
});

const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** Each step of the task list as "name: state", in the order shown. */
async function taskStates(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid="task-list"] > li');
  const names = await rows.locator('.task-name').allInnerTexts();
  const states = await rows.locator('.task-status').allInnerTexts();
  return names.map((name, index) => `${name}: ${states[index]}`);
}

/** Waits for the one-time message the last page left, which a live region says a moment after the page opens. */
const flash = (page: Page, words: string) => page.locator('[data-testid="flash"]', { hasText: words }).waitFor();

const taskLine = (page: Page, step: string) => text(page, `[data-step="${step}"] .task-line`);

/** Follows a step's link in the task list and waits for the step's own page. */
async function openStep(page: Page, reference: string, name: string, step: string) {
  await page.locator('[data-testid="task-list"]').getByRole('link', { name, exact: true }).click();
  await waitForPage(page, `/office/applications/${reference}/${step}`);
}

/** The browser's Back, to the task list the step was opened from. */
async function backToTaskList(page: Page, reference: string) {
  await page.goBack();
  await waitForPage(page, `/office/applications/${reference}`);
  await page.locator('[data-testid="task-list"]').waitFor();
}

describe('an application as a task list', () => {
  it('sums up each step as it is done, opens each step on its own, and shows documents in the page', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    const refusedByPolicy: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refusedByPolicy.push(message.text());
    });
    const storageReads: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(web.system.endpoints.s3)) storageReads.push(request.url());
    });
    const { anna } = applicants;
    await openSignedIn(page, web.system, 'bauska', `/office/applications/${anna}`);

    // A fresh application: three steps to do, each named, its state in words; no withdrawal form, only the action.
    expect(await taskStates(page)).toEqual([
      'Dokumentu pārbaude: Jāizdara',
      'Atbilstība: Jāizdara',
      'Punkti: Jāizdara',
    ]);
    expect(await text(page, '[data-testid="tasks-count"]')).toBe('Izdarīti 0 no 3.');
    expect(await page.locator('#field-withdrawal-reason').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reģistrēt atsaukumu' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Persona atsauc pieteikumu' }).count()).toBe(1);
    // What the person said is declared, not verified; nothing is checked yet.
    const details = await text(page, 'section[aria-labelledby="details-title"]');
    expect(details).toContain('2. grupa (norādīts iesniegumā)');
    expect(details).toContain('Jā (norādīts iesniegumā)');
    expect(details).toContain('Bauskas novada pašvaldība (norādīts iesniegumā)');
    expect(details).toMatch(/Pārbaudīts dokumentos\s+Vēl nav pārbaudīts\./);
    expect(details).not.toMatch(/Apstiprināt/);
    const link = page.locator('[data-step="documents"] .task-name');
    expect(await link.getAttribute('aria-describedby')).toBe('task-documents-status task-documents-line');
    await checkPage(page, 'application-01-task-list');

    // The document check on its own page: the documents beside what was declared and the form; nothing else.
    await openStep(page, anna, 'Dokumentu pārbaude', 'documents');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Dokumentu pārbaude');
    expect(await text(page, '.caption')).toBe(`Pieteikums ${anna}: Anna Bērziņa`);
    expect(await page.locator('input[name="eligibility.decision"], #field-withdrawal-reason').count()).toBe(0);
    expect(await text(page, 'section[aria-labelledby="declared-title"]')).toContain('2. grupa (norādīts iesniegumā)');
    await checkPage(page, 'application-02-documents-step');

    // The PDF, drawn in the page: a canvas per page with its words over it, read through an inline link.
    await page.getByRole('button', { name: /^Skatīt\s*:\s*Iesniegums$/ }).click();
    await page.getByText('Dokuments „Iesniegums” parādīts lapā.').waitFor();
    const canvases = page.locator('[data-testid="pdf-pages"] canvas');
    await waitUntil(page, `document.querySelectorAll('[data-testid="pdf-pages"] canvas').length === 2`);
    expect(await canvases.first().getAttribute('aria-label')).toBe('Iesniegums, 1. lappuse no 2');
    expect(await canvases.first().evaluate((canvas) => (canvas as { width: number }).width)).toBeGreaterThan(100);
    await page.locator('[data-testid="pdf-pages"] .pdf-text', { hasText: 'Iesniegums par dalibu' }).waitFor();
    expect(await page.getByRole('region', { name: 'Iesniegums' }).count()).toBe(1);
    await checkPage(page, 'application-03-pdf-shown');

    // The scanned image, from a blob: URL the page made of the bytes it read.
    await page.getByRole('button', { name: /^Skatīt\s*:\s*Dokuments par invaliditāti$/ }).click();
    const image = page.getByRole('img', { name: 'Skenēts dokuments „Dokuments par invaliditāti”' });
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await waitUntil(page, `document.querySelector('.document-image').naturalWidth === 360`);
    expect(await page.locator('[data-testid="pdf-pages"]').count()).toBe(0);
    await checkPage(page, 'application-04-image-shown');

    // Both read from storage as inline links, neither saved as a file; each view is in the audit log.
    expect(storageReads).toHaveLength(2);
    for (const url of storageReads)
      expect(new URL(url).searchParams.get('response-content-disposition')).toMatch(/^inline/);
    expect(downloads).toEqual([]);
    // PDF.js, its worker and the image ran within the page's policy: nothing was refused.
    expect(refusedByPolicy).toEqual([]);
    const viewed = (await auditProbe(web.system).entries()).filter(
      (entry) => entry.action === 'document.download' && entry.reference === anna,
    );
    expect(viewed.map((entry) => entry.outcome)).toEqual(['succeeded', 'succeeded']);

    // "Download" still saves the file when really needed.
    const saved = await savedFile(page, () =>
      page.getByRole('button', { name: /^Lejupielādēt\s*:\s*Iesniegums$/ }).click(),
    );
    expect(saved.fileName).toBe(`${anna}-application-form.pdf`);

    await page.getByLabel('Jā: tie ir salasāmi un apliecina to, kas rakstīts pieteikumā').check();
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByText('Dokumentu pārbaude saglabāta.').waitFor();
    expect((await focused(page))?.text).toBe('Saglabāt');

    // Back in the task list: done, with who checked and when; the details now say checked, by whom.
    await backToTaskList(page, anna);
    expect(await taskStates(page)).toEqual([
      'Dokumentu pārbaude: Izdarīts',
      'Atbilstība: Jāizdara',
      'Punkti: Jāizdara',
    ]);
    expect(await taskLine(page, 'documents')).toMatch(
      /^Dokumenti ir kārtībā\. Pārbaudīja: Bauskas .+, \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d\.$/,
    );
    expect(await text(page, 'section[aria-labelledby="details-title"]')).toMatch(
      /Pārbaudīts dokumentos\s+Dokumenti ir kārtībā\. Pārbaudīja: Bauskas/,
    );
    expect(await text(page, '[data-testid="tasks-count"]')).toBe('Izdarīti 1 no 3.');

    await openStep(page, anna, 'Atbilstība', 'eligibility');
    await chooseRadio(page, 'eligibility.decision', 'Atbilst');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByText('Lēmums par atbilstību saglabāts.').waitFor();
    await checkPage(page, 'application-05-eligibility-step');
    await backToTaskList(page, anna);
    expect(await taskLine(page, 'eligibility')).toBe('Lēmums: Atbilst.');
    expect(await text(page, '[data-testid="tasks-count"]')).toBe('Izdarīti 2 no 3.');

    // Points, then on to the next application waiting for review: Baiba's, which says Anna's was saved.
    await openStep(page, anna, 'Punkti', 'points');
    await page.getByLabel('Atbalsta vajadzība ikdienā (no 0 līdz 10)').fill('7');
    await page.getByLabel('Nesaņem citus sociālos pakalpojumus (no 0 līdz 5)').fill('3');
    await page.getByLabel('Dzīvo viens vai bez ģimenes atbalsta (no 0 līdz 5)').fill('0');
    await page.getByLabel('Pamatojums').fill('Dzīvo kopā ar māsu.');
    await checkPage(page, 'application-06-points-step');
    await page.getByRole('button', { name: 'Saglabāt un atvērt nākamo izskatāmo' }).click();
    await waitForPage(page, `/office/applications/${applicants.baiba}`);
    await flash(page, `Pieteikums ${anna} saglabāts. Šis ir nākamais pieteikums, kas jāizskata.`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Pieteikums ${applicants.baiba}`);

    await page.goto(`${web.system.apiUrl}/office/applications/${anna}`);
    await page.locator('[data-testid="task-list"]').waitFor();
    expect(await taskStates(page)).toEqual([
      'Dokumentu pārbaude: Izdarīts',
      'Atbilstība: Izdarīts',
      'Punkti: Izdarīts',
    ]);
    expect(await taskLine(page, 'points')).toBe('Kopā: 10 punkti.');
    expect(await text(page, '[data-testid="tasks-count"]')).toBe('Izdarīti 3 no 3.');
    await checkPage(page, 'application-07-all-done');

    // The same in English, and at 400 % zoom (320 px) the document step reflows; only boxes of their own scroll.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Review steps' }).waitFor();
    expect(await taskStates(page)).toEqual(['Document check: Done', 'Eligibility: Done', 'Points: Done']);
    expect(await text(page, 'section[aria-labelledby="details-title"]')).toContain(
      'Group 2 (declared in the application)',
    );
    await checkPage(page, 'application-08-task-list-en');
    await openStep(page, anna, 'Document check', 'documents');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('button', { name: /^View\s*:\s*Application form$/ }).click();
    await page.locator('[data-testid="pdf-pages"] canvas').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await checkPage(page, 'application-09-documents-320px-en');
  });

  it('opens the next one to review from each step, and says when none is left', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    const { baiba, cilda } = applicants;
    await openSignedIn(page, web.system, 'bauska', `/office/applications/${baiba}/documents`);

    // Baiba's documents: still waiting for review after the check, so the next one is Cilda's.
    await page.getByLabel('Jā: tie ir salasāmi un apliecina to, kas rakstīts pieteikumā').check();
    await page.getByRole('button', { name: 'Saglabāt un atvērt nākamo izskatāmo' }).click();
    await waitForPage(page, `/office/applications/${cilda}`);
    await flash(page, `Pieteikums ${baiba} saglabāts. Šis ir nākamais pieteikums, kas jāizskata.`);

    // Cilda's application form is an e-signed container: no "View", a plain word why, and "Download".
    await openStep(page, cilda, 'Dokumentu pārbaude', 'documents');
    expect(await page.getByRole('button', { name: /^Skatīt\s*:\s*Iesniegums$/ }).count()).toBe(0);
    const container = page.getByRole('button', { name: /^Lejupielādēt\s*:\s*Iesniegums$/ });
    expect(await container.count()).toBe(1);
    expect(await text(page, '[data-testid="document-application-form-hint"]')).toContain(
      'E-parakstītu dokumentu (EDOC) pārlūkā parādīt nevar.',
    );
    expect(await container.getAttribute('aria-describedby')).toBe('document-application-form-hint');
    await checkPage(page, 'application-10-container');

    // Not eligible; saved, and on to the next still waiting: Baiba's again, whose eligibility is not decided.
    await page.goto(`${web.system.apiUrl}/office/applications/${cilda}/eligibility`);
    await page.getByRole('heading', { level: 1, name: 'Atbilstība' }).waitFor();
    await page.getByLabel('Neatbilst').check();
    await page.getByLabel('Dokumenti nav derīgi').check();
    await page.getByRole('button', { name: 'Saglabāt un atvērt nākamo izskatāmo' }).click();
    await waitForPage(page, `/office/applications/${baiba}`);

    // Baiba's decided too: nothing waits any more, so the queue's "to review" list opens and says so.
    await openStep(page, baiba, 'Atbilstība', 'eligibility');
    await page.getByLabel('Neatbilst').check();
    await page.getByLabel('Dokumenti nav derīgi').check();
    await page.getByRole('button', { name: 'Saglabāt un atvērt nākamo izskatāmo' }).click();
    await page.waitForURL((url) => url.pathname === '/office/rounds/demo' && url.search === '?state=to-review');
    await flash(page, `Pieteikums ${baiba} saglabāts. Neviens cits pieteikums vairs nav jāizskata.`);
    await page.getByText('Šādu pieteikumu nav.').waitFor();
    await checkPage(page, 'application-11-none-left');
  });

  it('offers the withdrawal as an action that opens its own step, and then no more', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    const { cilda } = applicants;
    await openSignedIn(page, web.system, 'bauska', `/office/applications/${cilda}`);
    expect(await taskStates(page)).toEqual([
      'Dokumentu pārbaude: Jāizdara',
      'Atbilstība: Izdarīts',
      'Punkti: Nav vajadzīgs',
    ]);
    expect(await taskLine(page, 'points')).toBe('Pieteikums neatbilst, tāpēc punkti nav vajadzīgi.');

    await page.getByRole('link', { name: 'Persona atsauc pieteikumu' }).click();
    await waitForPage(page, `/office/applications/${cilda}/withdrawal`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Atsaukums');
    await checkPage(page, 'application-12-withdrawal-step');
    await page.locator('#field-withdrawal-reason').fill('Persona piezvanīja un atteicās.');
    await page.getByLabel('Persona vai tās pārstāvis tiešām atsauc pieteikumu').check();
    await page.getByRole('button', { name: 'Reģistrēt atsaukumu' }).click();
    await page.getByText('Atsaukums reģistrēts.').waitFor();

    await backToTaskList(page, cilda);
    expect(await taskStates(page)).toEqual([
      'Dokumentu pārbaude: Nav vajadzīgs',
      'Atbilstība: Izdarīts',
      'Punkti: Nav vajadzīgs',
      'Atsaukums: Izdarīts',
    ]);
    expect(await taskLine(page, 'documents')).toBe('Pieteikums ir atsaukts, tāpēc nekas vairs nav jāizlemj.');
    expect(await page.getByRole('link', { name: 'Persona atsauc pieteikumu' }).count()).toBe(0);
    await checkPage(page, 'application-13-withdrawn');

    // A step of a withdrawn application keeps what was decided and offers no form.
    await openStep(page, cilda, 'Atbilstība', 'eligibility');
    expect(await text(page, '[data-testid="eligibility-current"]')).toContain('Lēmums: Neatbilst.');
    expect(await page.getByRole('button', { name: /Saglabāt/ }).count()).toBe(0);
    expect(await text(page, 'main')).toContain('Pieteikums ir atsaukts, tāpēc nekas vairs nav jāizlemj.');
  });

  it('refuses a disposition it does not know, in Latvian and English, and gives no link', async () => {
    const token = await signInStaff(web.system, 'bauska');
    const response = await fetch(
      `${web.system.apiUrl}/staff/applications/${applicants.anna}/documents/application-form?disposition=open`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { fields: { path: string; message: { lv: string; en: string } }[] };
    };
    expect(body).not.toHaveProperty('url');
    expect(body.error.fields).toEqual([
      expect.objectContaining({
        path: 'disposition',
        message: { lv: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) },
      }),
    ]);
  });
});
