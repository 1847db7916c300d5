import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SupportPlan } from '../../shared/schemas/support-plan.ts';
import { delivered, line, plan, planned, version } from '../fixtures/service-year-plans.ts';
import { type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, openSignedIn, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The year of services in a real browser, on the demo round and the demo year the local system writes for it. A
 * social worker reads the year with their own municipality's providers; an administrator changes the catalogue
 * and a provider and saves, is refused next to the field for a repeated id, and is told to reload when another
 * administrator saved first; then three Bauska plans are stored through the storage probe, and the dashboard
 * shows their figures as charts and tables, exports them and the anonymised evaluation as CSV. The tests build
 * on one another in order.
 */

const ROUND = 'demo';
const YEAR_PATH = `/office/rounds/${ROUND}/service-year`;

let adminPage: Page;
const log: StaffRequestLog = [];

const file = webSystemForFile([]);

beforeAll(() => {
  expect(file.system).toBeDefined();
});

/** Empties a box and types into it, by keyboard; the form is long, so focus is put on the box first. */
async function typeIn(page: Page, id: string, text: string) {
  await page.focus(`#${id}`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Focuses a button by its exact name and presses Enter. */
async function press(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

const mainText = (page: Page) => page.locator('main').innerText();

/** The demo year as the API answers it now. */
async function storedYear(token: string) {
  const answer = await staffClient(file.system.apiUrl, log).call<{
    serviceYear: { revision: number; months: number; catalogue: { id: string; unitPriceCents: number }[] } & Record<
      string,
      unknown
    >;
  }>(token, 'GET', `/staff/rounds/${ROUND}/service-year`);
  expect(answer.status).toBe(200);
  return answer.body.serviceYear;
}

/** Three Bauska participants: two still running with months delivered, one who completed the year. */
const BAUSKA_PLANS: SupportPlan[] = [
  plan('KDMA-4729', 'LV-016', [version([planned('day-centre', 'lv-016-centrs', 8, 12, 1_400)])], {
    deliveries: [delivered('2019-09', [line('day-centre', 'lv-016-centrs', 6, 8_400)])],
  }),
  plan('ABCD-2345', 'LV-016', [version([planned('psychologist', 'lv-016-prakse', 2, 6, 3_500)])], {
    deliveries: [delivered('2019-10', [line('psychologist', 'lv-016-prakse', 1, 3_500)])],
  }),
  plan('EFGH-6789', 'LV-016', [version([planned('support-person', 'lv-016-centrs', 10, 3, 700)])], {
    end: 'completed',
  }),
].map((own) => ({ ...own, roundId: ROUND }));

describe('the year of services in the browser', () => {
  it('a social worker reads the year with their own municipality’s providers, and is not offered the editor', async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await openSignedIn(page, file.system, 'bauska', YEAR_PATH);
    await page.getByRole('heading', { level: 1, name: 'Pakalpojumu gads' }).waitFor();
    await page.locator('[data-testid="catalogue-table"]').waitFor();
    expect(await page.locator('[data-testid="catalogue-table"] tbody tr').count()).toBe(9);
    const text = await mainText(page);
    expect(text).toContain('Cenu maiņa nemaina saskaņotus plānus');
    expect(text).toContain('Biedrība "Bauska kopienas centrs"');
    expect(text).not.toContain('Jelgava kopienas centrs');
    expect(await page.locator('[data-testid="providers-LV-016"] tbody tr').count()).toBe(2);
    expect(await page.locator('[data-testid^="providers-"]').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Labot pakalpojumu gadu' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Budžets un rezultāti' }).count()).toBe(0);
    await checkPage(page, 'service-year-01-social-worker');

    await page.goto(`${file.system.apiUrl}${YEAR_PATH}/dashboard`);
    await page.getByText('Šo lapu var atvērt tikai administrators', { exact: false }).waitFor();
  });

  it('an administrator changes a price, adds a service to the catalogue and to a provider, and saves', async () => {
    adminPage = await newPage(file.browser, STAFF_VIEWPORT);
    const page = adminPage;
    await openSignedIn(page, file.system, 'admin', YEAR_PATH);
    await page.getByRole('heading', { level: 1, name: 'Pakalpojumu gads' }).waitFor();
    await page.locator('[data-testid="catalogue-table"]').waitFor();
    // Every municipality's providers, each in a table of its own.
    expect(await page.locator('[data-testid^="providers-"]').count()).toBe(10);
    await checkPage(page, 'service-year-02-administrator');

    await page.getByRole('link', { name: 'Labot pakalpojumu gadu' }).click();
    await waitForPage(page, `${YEAR_PATH}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Pakalpojumu gada labošana' }).waitFor();
    expect(await page.inputValue('#field-budget-amountCents')).toBe('4800,00');
    expect(await page.inputValue('#field-catalogue-0-unitPriceCents')).toBe('15,00');
    await checkPage(page, 'service-year-03-editor');

    await typeIn(page, 'field-catalogue-0-unitPriceCents', '16,50');
    // "Add a service" puts the keyboard focus in the new row.
    await press(page, 'Pievienot pakalpojumu');
    await waitUntil(page, focusOn('field-catalogue-9-id'));
    await page.keyboard.type('art-therapy');
    await typeIn(page, 'field-catalogue-9-name-lv', 'Mākslas terapija');
    await typeIn(page, 'field-catalogue-9-name-en', 'Art therapy');
    await page.selectOption('#field-catalogue-9-unit', 'visit');
    await typeIn(page, 'field-catalogue-9-unitPriceCents', '25');

    // The editor shows one municipality's providers at a time, Jelgava's first.
    expect(await page.locator('#field-providers-0-id').inputValue()).toBe('lv-jel-centrs');
    expect(await page.locator('#field-providers-2-id').count()).toBe(0);
    await page.selectOption('#field-providersOf', 'LV-016');
    await press(page, 'Parādīt');
    // Bauska's community centre, the third provider: a new phone and the new service at its own price.
    await page.locator('#field-providers-2-id').waitFor();
    expect(await page.inputValue('#field-providers-2-id')).toBe('lv-016-centrs');
    expect(await page.locator('#field-providers-0-id').count()).toBe(0);
    await typeIn(page, 'field-providers-2-phone', '+371 63900000');
    await press(page, 'Pievienot pakalpojumu 3. sniedzējam');
    await waitUntil(page, focusOn('field-providers-2-services-4-serviceId'));
    await page.selectOption('#field-providers-2-services-4-serviceId', 'art-therapy');
    await typeIn(page, 'field-providers-2-services-4-unitPriceCents', '24,00');
    await checkPage(page, 'service-year-04-editor-filled');

    await press(page, 'Saglabāt pakalpojumu gadu');
    await waitForPage(page, YEAR_PATH);
    await page.getByText('Pakalpojumu gads saglabāts.').waitFor();
    await page.locator('[data-testid="catalogue-table"]').waitFor();
    expect(await page.locator('[data-testid="catalogue-table"] tbody tr').count()).toBe(10);
    const bauska = await page.locator('[data-testid="providers-LV-016"]').innerText();
    expect(bauska).toMatch(/Mākslas terapija: 24,00\s€ \(apmeklējums\)/);
    expect(bauska).toContain('+371 63900000');
    expect(await page.locator('[data-testid="year-changed"]').innerText()).toMatch(/plkst\. \d{2}:\d{2}, /);
    await checkPage(page, 'service-year-05-saved');

    const year = await storedYear(await signInStaff(file.system, 'admin'));
    expect(year.revision).toBe(1);
    expect(year.catalogue[0]).toMatchObject({ id: 'day-centre', unitPriceCents: 1_650 });
    expect(year.catalogue[9]).toMatchObject({ id: 'art-therapy', unitPriceCents: 2_500 });
  });

  it('a service id used twice is refused next to the box, and nothing is saved', async () => {
    const page = adminPage;
    await page.getByRole('link', { name: 'Labot pakalpojumu gadu' }).click();
    await waitForPage(page, `${YEAR_PATH}/edit`);
    await page.locator('#field-catalogue-9-id').waitFor();
    await typeIn(page, 'field-catalogue-9-id', 'day-centre');
    await press(page, 'Saglabāt pakalpojumu gadu');
    await waitUntil(page, focusOn('error-summary'));
    const message = 'Diviem pakalpojumiem ir vienāds identifikators';
    expect(await page.locator('#error-summary').innerText()).toContain(message);
    expect(await page.locator('#field-catalogue-9-id-error').innerText()).toContain(message);
    expect(await page.getAttribute('#field-catalogue-9-id', 'aria-invalid')).toBe('true');
    await checkPage(page, 'service-year-06-refused');
    expect((await storedYear(await signInStaff(file.system, 'admin'))).revision).toBe(1);
  });

  it('a save after another administrator’s change is refused as changed meanwhile, and the year loads again', async () => {
    const page = adminPage;
    await page.goto(`${file.system.apiUrl}${YEAR_PATH}/edit`);
    await page.locator('#field-months').waitFor();
    // Another administrator saves 11 months while this form is open at revision 1.
    const token = await signInStaff(file.system, 'admin');
    const { revision, roundId: _round, updatedAt: _at, updatedBy: _by, ...rules } = await storedYear(token);
    const other = await staffClient(file.system.apiUrl, log).call(token, 'PUT', `/staff/rounds/${ROUND}/service-year`, {
      body: { ...rules, months: 11, revision },
    });
    expect(other.status).toBe(200);

    await typeIn(page, 'field-months', '10');
    await press(page, 'Saglabāt pakalpojumu gadu');
    await waitUntil(page, focusOn('error-summary'));
    expect(await page.locator('#error-summary').innerText()).toContain('cits administrators mainīja šo kārtu');
    await checkPage(page, 'service-year-07-conflict');
    await press(page, 'Ielādēt vēlreiz');
    await waitUntil(
      page,
      `document.querySelector('#field-months') && document.querySelector('#field-months').value === '11'`,
    );
    expect(await page.locator('#error-summary').count()).toBe(0);
    expect((await storedYear(token)).months).toBe(11);
  });

  it('the dashboard shows the stored plans’ budget committed and spent, as charts and tables, and as CSV', async () => {
    for (const stored of BAUSKA_PLANS) await storageProbe(file.system).putSupportPlan(stored);
    const page = adminPage;
    await page.goto(`${file.system.apiUrl}${YEAR_PATH}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Budžets un rezultāti' }).waitFor();
    await page.locator('[data-testid="figures-municipalities"]').waitFor();

    // 8 days × 12 months × 14.00 + 2 visits × 6 × 35.00 + 10 hours × 3 × 7.00, at the plans' own prices.
    const rows = await page.locator('[data-testid="figures-municipalities"] tbody tr').allInnerTexts();
    expect(rows).toHaveLength(11);
    const bauska = rows.find((row) => row.startsWith('Bauskas novada pašvaldība')) ?? '';
    expect(bauska).toMatch(/^Bauskas novada pašvaldība\s+0\s+3\s+3\s+1\s?974,00\s€\s+119,00\s€$/);
    const jelgava = rows.find((row) => row.startsWith('Jelgavas')) ?? '';
    expect(jelgava).toMatch(/\s0\s+0\s+0\s+0,00\s€\s+0,00\s€$/);
    expect(rows.at(-1)).toMatch(/^Visas pašvaldības\s+0\s+3\s+3\s+1\s?974,00\s€\s+119,00\s€$/);
    // Each chart row is an image that says its figures; the table holds the same ones.
    const chart = page.locator('[data-testid="chart-municipalities"] svg[role="img"]');
    expect(await chart.count()).toBe(10);
    const titles = await page.locator('[data-testid="chart-municipalities"] svg[role="img"] title').allTextContents();
    expect(titles.join('\n')).toMatch(/^Bauskas novada pašvaldība: izlietots 119,00 €, piešķirts 1\s?974,00 €\.$/m);
    const months = await page.locator('[data-testid="figures-months"] tbody tr').allInnerTexts();
    // September: the first month of all three plans, and the day centre's six days delivered.
    expect(months[0]).toMatch(/^09\.2019\s+252,00\s€\s+84,00\s€$/);
    expect(months).toHaveLength(12);
    const services = await page.locator('[data-testid="figures-services"] tbody tr').allInnerTexts();
    expect(services[0]).toMatch(/^Dienas aprūpes centrs\s+1\s?344,00\s€\s+84,00\s€$/);
    await checkPage(page, 'service-year-08-dashboard');

    const { text: csv } = await savedFile(page, () => press(page, 'Lejupielādēt skaitļus (CSV)'));
    expect(csv).toContain('municipality,breakdown,key,participants,plans,plansAgreed,committedEur,spentEur');
    expect(csv).toContain('LV-016,total,,0,3,3,1974.00,119.00');
    expect(csv).toContain('LV-JEL,total,,0,0,0,0.00,0.00');
    expect(csv).toContain('all,month,2019-09,,,,252.00,84.00');
    await page.getByText(/Fails lejupielādēts: demo-service-year-.+\.csv\./).waitFor();

    // The months and kinds of service of one municipality.
    await page.selectOption('#field-municipality', 'LV-016');
    await press(page, 'Parādīt');
    await page.waitForURL((url) => url.searchParams.get('municipality') === 'LV-016');
    await page.getByRole('heading', { level: 2, name: 'Pa mēnešiem: Bauskas novada pašvaldība' }).waitFor();
    await checkPage(page, 'service-year-09-dashboard-bauska');
  });

  it('the evaluation report counts how the years went without naming anyone, and exports as CSV', async () => {
    const page = adminPage;
    await page.locator('[data-testid="evaluation-groups"]').waitFor();
    const groups = await page.locator('[data-testid="evaluation-groups"] tbody tr').allInnerTexts();
    const bauska = groups.find((row) => row.startsWith('Bauskas')) ?? '';
    // Three people: one completed, two ongoing; planned 1344.00, 420.00 and 210.00, median 420.00.
    expect(bauska).toMatch(/^Bauskas novada pašvaldība\s+3\s+1\s+0\s+2\s+658,00\s€\s+420,00\s€/);
    expect(groups.find((row) => row.startsWith('Jelgavas'))).toMatch(/\s0\s+Nerāda\s+Nerāda/);
    const text = await mainText(page);
    for (const { reference } of BAUSKA_PLANS) expect(text).not.toContain(reference);

    const { text: csv } = await savedFile(page, () => press(page, 'Lejupielādēt izvērtējumu (CSV)'));
    expect(csv).toContain('LV-016,people,,3');
    expect(csv).toContain('LV-016,completed,,1');
    expect(csv).toContain('LV-016,service-people,day-centre,1');
    expect(csv).toContain('LV-JEL,withheld,,fewer than 3');
    for (const { reference } of BAUSKA_PLANS) expect(csv).not.toContain(reference);
  });
});
