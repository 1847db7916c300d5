import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { screenshot } from '../helpers/browser.ts';
import { tokenSignedByAnotherKey } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { chooseRadio, focused, pressSubmit, typeInto, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage, file } from '../helpers/web-pages.ts';
import { newPage, STAFF_VIEWPORT, signInByKeyboard, webSystemForFile } from '../helpers/web-system.ts';

/** Two submitted applications in Bauska (LV-016), earliest first. */
const bauska: { reference: string; firstName: string; personalCode: string }[] = [];

const web = webSystemForFile([]);
beforeAll(async () => {
  const api = apiClient(web.system.apiUrl);
  // The staff pages score by the round's criteria: the demo round has them.
  const round = await api.round('demo');
  expect((round.body as { criteria: unknown[] }).criteria.length).toBeGreaterThan(0);
  for (const [index, firstName] of ['Anna', 'Baiba'].entries()) {
    const personalCode = legacyPersonalCode(400 + index);
    const request = validRequest({
      person: { ...validRequest().person, firstName, personalCode, municipalityCode: 'LV-016' },
    });
    const reference = await api.applyOnline('demo', request);
    // Staff open a document only once the malware scan has tagged it, shortly after the upload.
    await storageProbe(web.system).waitForScans('demo', reference);
    bauska.push({ reference, firstName, personalCode });
  }
  // The queue shows a submission once the table's stream has brought it there.
  await web.system.waitForIdle();
});

/** Every request the page makes to the staff API, to check how the sign-in travels. */
function staffRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/staff/')) seen.push(request);
  });
  return seen;
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** Follows a step's link in the application's task list and waits for the step's own page. */
async function openStep(page: Page, reference: string, name: string, step: string) {
  await page.locator('[data-testid="task-list"]').getByRole('link', { name, exact: true }).click();
  await waitForPage(page, `/office/applications/${reference}/${step}`);
}

/** The step page's back link, to the application's task list. */
async function backTo(page: Page, reference: string) {
  await page.getByRole('link', { name: 'Atpakaļ', exact: true }).click();
  await waitForPage(page, `/office/applications/${reference}`);
}

/** Yesterday in Riga as dd.mm.yyyy: inside the demo round's window, and never in the future. */
function yesterdayInRiga(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Riga',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() - 86_400_000));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part('day')}.${part('month')}.${part('year')}`;
}

// The tests build on one another in this order: the later ones find the earlier ones' decisions.
describe('the staff pages in the browser', () => {
  it('a Bauska social worker signs in, filters the queue, checks documents, decides, scores and notes', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    const requests = staffRequests(page);
    const [first, second] = bauska as [(typeof bauska)[number], (typeof bauska)[number]];

    // Not signed in: the start page leads to the sign-in page, which leads back after signing in.
    await page.goto(`${web.system.apiUrl}/office`);
    await waitForPage(page, '/office/sign-in');
    expect(await page.title()).toBe('Pierakstīties – Pieteikumi sociālajiem pakalpojumiem: darbiniekiem');
    await checkPage(page, 'staff-01-sign-in');

    // A wrong password: the error summary takes focus and nothing is stored.
    await typeInto(page, 'field-username', 'bauska');
    await typeInto(page, 'field-password', 'not-the-password');
    await pressSubmit(page);
    await waitUntil(page, focusOn('error-summary'));
    expect(await text(page, '#error-summary')).toContain('Lietotājvārds vai parole nav pareiza');
    expect(await page.evaluate(`sessionStorage.getItem('staff-id-token')`)).toBeNull();
    await checkPage(page, 'staff-02-sign-in-refused');

    await signInByKeyboard(page, 'bauska', '/office');
    await page.locator('[data-testid="signed-in"]', { hasText: 'Bauskas novada pašvaldība' }).waitFor();
    expect(await text(page, '[data-testid="signed-in"]')).toMatch(
      /^Lietotājs: Bauskas .+ \(sociālais darbinieks, Bauskas novada pašvaldība\)$/,
    );
    const token = (await page.evaluate(`sessionStorage.getItem('staff-id-token')`)) as string;
    expect(token).toMatch(/^eyJ/);
    expect(await page.evaluate('document.cookie')).toBe('');
    await checkPage(page, 'staff-03-rounds');

    // Two rounds are seeded, so the person chooses one.
    await page.getByRole('link', { name: 'Demonstrācijas kārta (nav īsta pieteikšanās)' }).click();
    await waitForPage(page, '/office/rounds/demo');
    const caption = await text(page, '#queue-caption');
    expect(caption).toContain('Visi: 2 no 2');
    for (const { reference } of bauska) expect(await page.getByRole('link', { name: reference }).count()).toBe(1);
    await checkPage(page, 'staff-04-queue');

    // The filter: "To review" with its count; the chosen one is marked as the current page.
    await page.getByRole('link', { name: 'Jāizskata (2)' }).click();
    await page.waitForURL((url) => url.search === '?state=to-review');
    await waitForPage(page, '/office/rounds/demo');
    expect(await page.getAttribute('a[aria-current="page"]', 'href')).toBe('/office/rounds/demo?state=to-review');
    expect(await text(page, '#queue-caption')).toContain('Jāizskata: 2 no 2');
    await checkPage(page, 'staff-05-queue-to-review');

    await page.getByRole('link', { name: first.reference }).click();
    await waitForPage(page, `/office/applications/${first.reference}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Pieteikums ${first.reference}`);
    const details = await page.locator('.summary-list').first().innerText();
    expect(details).toContain(`${first.firstName} Bērziņa`);
    expect(details).toContain(first.personalCode);
    expect(details).toContain('Bauskas novada pašvaldība');
    await checkPage(page, 'staff-06-application');

    // Saving a document as a file: a link that lives a minute, followed at once; the page stays.
    await openStep(page, first.reference, 'Dokumentu pārbaude', 'documents');
    expect(await page.getByText(/^Katra dokumenta atvēršana tiek reģistrēta audita žurnālā\./).isVisible()).toBe(true);
    const download = await savedFile(page, () =>
      page.getByRole('button', { name: /^Lejupielādēt\s*:\s*Iesniegums$/ }).click(),
    );
    expect(download.fileName).toBe(`${first.reference}-application-form.pdf`);
    await page.getByText('Dokuments „Iesniegums” tiek lejupielādēts.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/office/applications/${first.reference}/documents`);

    // The eligibility decision, by keyboard alone: into the radio group, Space, then its own "Save" with Enter.
    // Before the documents are checked the server refuses, and says why next to the decision.
    await backTo(page, first.reference);
    await openStep(page, first.reference, 'Atbilstība', 'eligibility');
    await chooseRadio(page, 'eligibility.decision', 'Atbilst');
    await pressSubmit(page);
    await waitUntil(page, focusOn('error-summary'));
    expect(await text(page, '#error-summary')).toContain('Vispirms pārbaudiet dokumentus');
    expect(await text(page, 'main .error-message')).toContain('Vispirms pārbaudiet dokumentus');
    await checkPage(page, 'staff-07-eligibility-refused');

    // The document check, on its own page.
    await backTo(page, first.reference);
    await openStep(page, first.reference, 'Dokumentu pārbaude', 'documents');
    await page.getByLabel('Jā: tie ir salasāmi un apliecina to, kas rakstīts pieteikumā').check();
    await page.locator('#field-documentCheck-note').fill('Abi dokumenti salasāmi.');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByText('Dokumentu pārbaude saglabāta.').waitFor();
    expect(await text(page, '[data-testid="document-check-current"]')).toBe('Dokumenti ir kārtībā.');
    expect(await page.locator('#error-summary').count()).toBe(0);

    // Now the decision stands: by keyboard again, the first button of the form is "Save".
    await backTo(page, first.reference);
    await openStep(page, first.reference, 'Atbilstība', 'eligibility');
    await chooseRadio(page, 'eligibility.decision', 'Atbilst');
    await pressSubmit(page);
    await page.getByText('Lēmums par atbilstību saglabāts.').waitFor();
    expect(await text(page, '[data-testid="eligibility-current"]')).toBe('Lēmums: Atbilst.');
    // Focus stays on the button that was pressed, so the keyboard user carries on from there.
    expect((await focused(page))?.text).toBe('Saglabāt');
    expect(await text(page, 'h1 + p .status-tag')).toBe('Atbilst');

    // Points: one box per criterion of the round; a number over the maximum comes back in the server's words.
    await backTo(page, first.reference);
    await openStep(page, first.reference, 'Punkti', 'points');
    expect(await page.getByLabel('Atbalsta vajadzība ikdienā (no 0 līdz 10)').count()).toBe(1);
    await page.getByLabel('Atbalsta vajadzība ikdienā (no 0 līdz 10)').fill('7');
    await page.getByLabel('Nesaņem citus sociālos pakalpojumus (no 0 līdz 5)').fill('9');
    await page.getByLabel('Dzīvo viens vai bez ģimenes atbalsta (no 0 līdz 5)').fill('0');
    await page.getByLabel('Pamatojums').fill('Dzīvo kopā ar māsu; vajadzīgs atbalsts ikdienā.');
    const scoresSave = page.getByRole('button', { name: 'Saglabāt', exact: true });
    await scoresSave.click();
    await waitUntil(page, focusOn('error-summary'));
    expect(await page.locator('#error-summary a').getAttribute('href')).toBe('#field-scores-points-no-other-services');
    expect(await page.getAttribute('#field-scores-points-no-other-services', 'aria-invalid')).toBe('true');
    await checkPage(page, 'staff-08-scores-refused');
    await page.getByLabel('Nesaņem citus sociālos pakalpojumus (no 0 līdz 5)').fill('3');
    await scoresSave.click();
    await page.getByText('Punkti saglabāti.').waitFor();
    expect(await text(page, '[data-testid="scores-current"]')).toBe('Kopā: 10 punkti.');

    // Notes are on the application's own page, below its steps.
    await backTo(page, first.reference);
    await page.getByLabel('Jauna piezīme').fill('Piezvanīt māsai pirms lēmuma paziņošanas.');
    await page.getByRole('button', { name: 'Pievienot piezīmi' }).click();
    await page.getByText('Piezīme pievienota.').waitFor();
    expect(await text(page, '[data-testid="notes"]')).toContain('Piezvanīt māsai pirms lēmuma paziņošanas.');
    expect(await page.getByLabel('Jauna piezīme').inputValue()).toBe('');

    const history = await text(page, 'table:has(#history-caption) tbody');
    for (const done of ['Iesniegts tiešsaistē', 'Saglabāja dokumentu pārbaudi', 'Lēma par atbilstību']) {
      expect(history).toContain(done);
    }
    expect(history).toContain('Ievadīja punktus');
    expect(history).toContain('Pievienoja piezīmi');
    await checkPage(page, 'staff-09-application-decided');

    // Back in the queue: the counts and the row follow the decisions.
    await page.getByRole('link', { name: 'Atpakaļ', exact: true }).click();
    await waitForPage(page, '/office/rounds/demo');
    await page.getByRole('link', { name: 'Atbilst (1)' }).waitFor();
    expect(await page.getByRole('link', { name: 'Jāizskata (1)' }).count()).toBe(1);
    const row = await text(page, `tr:has(a:text-is("${first.reference}"))`);
    expect(row).toContain('Kārtībā');
    expect(row).toContain('10');
    expect(await page.getByRole('link', { name: second.reference }).count()).toBe(1);

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    await page.getByRole('link', { name: 'Eligible (1)' }).waitFor();
    await checkPage(page, 'staff-10-queue-en');

    // At 400 % zoom (320 px wide) the page reflows; only the table scrolls, inside its own focusable box.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    expect(await page.evaluate(`document.querySelector('.table-wrap').scrollWidth > 320`)).toBe(true);
    await screenshot(page, 'staff-10-queue-en-320px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The token travelled in the Authorization header of every staff request, and never in an address.
    expect(requests.length).toBeGreaterThan(5);
    for (const request of requests) {
      expect(request.headers().authorization).toBe(`Bearer ${token}`);
      expect(request.url()).not.toContain(token.slice(0, 40));
    }

    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForPage(page, '/office/sign-in');
    expect(await text(page, '[data-testid="sign-in-notice"]')).toBe('You have signed out.');
    expect(await page.evaluate(`sessionStorage.getItem('staff-id-token')`)).toBeNull();
  });

  it('a Jelgava social worker who opens a Bauska application sees "not found" and none of its data', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    const [first] = bauska as [(typeof bauska)[number]];
    await page.goto(`${web.system.apiUrl}/office/applications/${first.reference}`);
    await waitForPage(page, '/office/sign-in');
    // Signing in leads back to the page that was asked for.
    await signInByKeyboard(page, 'jelgava', `/office/applications/${first.reference}`);
    await page.getByRole('heading', { level: 1, name: 'Nav atrasts' }).waitFor();
    const main = await text(page, 'main');
    expect(main).toContain('Pieteikumu ar šādu numuru jūs nevarat redzēt.');
    expect(main).not.toContain(first.firstName);
    expect(main).not.toContain('Bērziņa');
    expect(main).not.toContain(first.personalCode);
    await checkPage(page, 'staff-11-other-municipality');
  });

  it('a sign-in the API refuses leads back to the sign-in page with the API’s words', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    const forged = await tokenSignedByAnotherKey(web.system, 'bauska');
    await page.goto(`${web.system.apiUrl}/office/sign-in`);
    await page.evaluate(`sessionStorage.setItem('staff-id-token', ${JSON.stringify(forged)})`);
    await page.goto(`${web.system.apiUrl}/office/rounds/demo`);
    await waitForPage(page, '/office/sign-in');
    expect(await text(page, '[data-testid="sign-in-notice"]')).toBe(
      'Pierakstīšanos nevarēja pārbaudīt. Lūdzu, pierakstieties vēlreiz.',
    );
    expect(await page.evaluate(`sessionStorage.getItem('staff-id-token')`)).toBeNull();
    await signInByKeyboard(page, 'bauska', '/office/rounds/demo');
    expect(await text(page, '#queue-caption')).toContain('Visi: 2 no 2');
  });

  it('a Bauska social worker registers a paper application, settles the duplicate it makes, and exports', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    const [first] = bauska as [(typeof bauska)[number]];
    await page.goto(`${web.system.apiUrl}/office/rounds/demo/paper`);
    await waitForPage(page, '/office/sign-in');
    await signInByKeyboard(page, 'bauska', '/office/rounds/demo/paper');
    expect(await page.getByText('1. solis no 3').isVisible()).toBe(true);
    await checkPage(page, 'staff-12-paper-details');

    // Nothing filled in: every missing answer is listed, and the summary takes focus.
    await pressSubmit(page);
    await waitUntil(page, focusOn('error-summary'));
    expect(await page.locator('#error-summary li').count()).toBe(9);
    await checkPage(page, 'staff-13-paper-details-errors');

    // The same person who applied online also handed in a paper form at the office.
    await page.locator('#field-office-receivedOn').fill(yesterdayInRiga());
    await page.locator('#field-office-receivedAtTime').fill('9:30');
    await page.locator('#field-office-receivedBy').fill('Ilze Kalniņa');
    await page.locator('#field-person-firstName').fill(first.firstName);
    await page.locator('#field-person-lastName').fill('Bērziņa');
    await page.locator('#field-person-personalCode').fill(first.personalCode);
    await page.getByLabel('2. grupa').check();
    await page.locator('fieldset:has(#field-person-mentalDisorderConfirmed)').getByLabel('Jā').check();
    await page.locator('#field-consent').check();
    await pressSubmit(page);
    await waitForPage(page, '/office/rounds/demo/paper/documents');
    const registered = (await text(page, '.inset')).match(/[A-Z]{4}-\d{4}/)?.[0] as string;
    expect(registered).toBeDefined();
    await checkPage(page, 'staff-14-paper-documents');

    await page.setInputFiles(
      '#field-documents-application-form',
      file('iesniegums.pdf', 'application/pdf', files.pdf()),
    );
    await page.getByText(/Saņemts: iesniegums\.pdf/).waitFor();
    await page.setInputFiles('#field-documents-disability-proof', file('izziņa.png', 'image/png', files.png()));
    await page.getByText(/Saņemts: izziņa\.png/).waitFor();
    await pressSubmit(page);
    await waitForPage(page, '/office/rounds/demo/paper/check');
    expect(await page.locator('.summary-value').allInnerTexts()).toEqual(
      expect.arrayContaining(['Ilze Kalniņa', '09:30', first.personalCode, 'iesniegums.pdf', 'izziņa.png']),
    );
    await checkPage(page, 'staff-15-paper-check');
    await pressSubmit(page);

    await waitForPage(page, `/office/applications/${registered}`);
    expect(await text(page, '.success')).toBe(`Pieteikums ${registered} ir reģistrēts.`);
    expect(await text(page, 'h1 + .lead + p .status-tag')).toBe('Iespējams dublikāts');
    const details = await page.locator('.summary-list').first().innerText();
    expect(details).toContain('Papīra formā');
    expect(details).toContain(`${yesterdayInRiga()} plkst. 09:30`);
    expect(details).toContain('Ilze Kalniņa');
    await checkPage(page, 'staff-16-paper-application');

    // The two applications side by side; the earlier online one stands.
    expect(await text(page, '[data-step="duplicates"]')).toContain(
      `Tāds pats personas kods ir pieteikumā ${first.reference}.`,
    );
    await openStep(page, registered, 'Dublikāti', 'duplicates');
    const columns = await page.locator('table.table-compare thead th').allInnerTexts();
    expect(columns.slice(1).sort()).toEqual([first.reference, registered].sort());
    await checkPage(page, 'staff-17-duplicates');
    await page.getByLabel(new RegExp(`^${first.reference}, saņemts`)).check();
    await page.getByLabel('Iemesls').fill('Persona iesniedza to pašu pieteikumu arī papīra formā.');
    await page.getByRole('button', { name: 'Saglabāt lēmumu' }).click();
    await page.getByText('Lēmums saglabāts.').waitFor();
    expect(await text(page, '[data-testid="resolution"]')).toContain(`Izlemts: spēkā paliek ${first.reference}.`);
    expect(await text(page, 'table.table-compare tbody')).toContain('Nav spēkā');
    await checkPage(page, 'staff-18-duplicates-resolved');

    // The export: without personal data unless asked for, and saved as a file.
    await page.goto(`${web.system.apiUrl}/office/rounds/demo/export`);
    await page.getByRole('heading', { level: 1, name: 'Lejupielādēt pieteikumu sarakstu' }).waitFor();
    expect(await page.getByText('Katra lejupielāde tiek reģistrēta audita žurnālā').isVisible()).toBe(true);
    expect(await page.isChecked('#field-sensitive')).toBe(false);
    await checkPage(page, 'staff-19-export');
    const { text: plainCsv } = await savedFile(page, () => pressSubmit(page));
    expect(plainCsv).toContain(first.reference);
    expect(plainCsv).toContain(registered);
    expect(plainCsv).not.toContain(first.personalCode.replace('-', ''));
    expect(plainCsv).not.toContain(first.personalCode);
    await page.getByText(/Fails lejupielādēts: .+\.csv\./).waitFor();
    await page.locator('#field-sensitive').check();
    const sensitive = await savedFile(page, () => page.getByRole('button', { name: 'Lejupielādēt' }).click());
    expect(sensitive.text).toMatch(new RegExp(first.personalCode.replace('-', '-?')));
  });

  it('an administrator chooses a municipality, sees its queue, and reads the audit log', async () => {
    const page = await newPage(web.browser, STAFF_VIEWPORT);
    await page.goto(`${web.system.apiUrl}/office/rounds/demo`);
    await waitForPage(page, '/office/sign-in');
    await signInByKeyboard(page, 'admin', '/office/rounds/demo');
    await page.locator('[data-testid="signed-in"]', { hasText: 'visas pašvaldības' }).waitFor();

    // Whose queue: nothing chosen yet, so "Show" says to choose.
    await page.getByRole('button', { name: 'Parādīt' }).click();
    await waitUntil(page, focusOn('error-summary'));
    expect(await text(page, '#error-summary')).toContain('Izvēlieties pašvaldību.');
    await checkPage(page, 'staff-20-admin-choose-municipality');
    await page.selectOption('#field-municipality', 'LV-016');
    await page.getByRole('button', { name: 'Parādīt' }).click();
    await page.waitForURL((url) => url.search === '?municipality=LV-016');
    expect(await text(page, '#queue-caption')).toContain('Visi: 3 no 3');
    expect(await page.getByRole('link', { name: 'Reģistrēt papīra pieteikumu' }).count()).toBe(0);
    await checkPage(page, 'staff-21-admin-queue');

    await page.getByRole('link', { name: 'Audita žurnāls' }).click();
    await waitForPage(page, '/office/audit');
    const log = await text(page, 'table:has(#audit-caption) tbody');
    for (const action of [
      'Lēma par atbilstību',
      'Atvēra dokumentu',
      'Lejupielādēja sarakstu',
      'Izlēma, kurš pieteikums paliek spēkā',
    ]) {
      expect(log).toContain(action);
    }
    expect(log).toContain('bauska');
    expect(log).toContain('jelgava');
    await checkPage(page, 'staff-22-audit');

    await page.locator('#field-username').fill('jelgava');
    await page.selectOption('#field-action', 'application.read');
    await page.getByRole('button', { name: 'Parādīt' }).click();
    await page.waitForURL((url) => url.searchParams.get('username') === 'jelgava');
    await page.locator('table:has(#audit-caption) tbody tr').first().waitFor();
    const rows = await page.locator('table:has(#audit-caption) tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    // The Jelgava worker's look at a Bauska application was refused, and the log says so.
    for (const row of rows) expect(row).toMatch(/jelgava[\s\S]*Atvēra pieteikumu[\s\S]*Atteikts/);
    await checkPage(page, 'staff-23-audit-filtered');
  });
});
