import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { screenshot } from '../helpers/browser.ts';
import { expectOk } from '../helpers/http-answers.ts';
import { savedFile } from '../helpers/web-downloads.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage, descriptionOf, publishConfirmed } from '../helpers/web-pages.ts';
import { newPageOnHostClock, openSignedIn, signedInPageOnHostClock, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The administrators' and social workers' selection pages in a real browser. The demo round gets fourteen
 * applications in Bauska (LV-016, ten places) and one in Jelgava, decided and scored through the staff API; one
 * Bauska application is left undecided on purpose, then intake is closed. The tests build on one another in
 * order: an administrator reads the overview, runs the selection (refused, then done), publishes it and opens
 * the protocol; the Bauska social worker sees Bauska only, records a withdrawal and sees the place passed on.
 */

const BAUSKA = 'LV-016';
const JELGAVA = 'LV-JEL';
const ROUND = 'demo';

const file = webSystemForFile(['bauska', 'jelgava', 'admin'] as const);
type Who = keyof typeof file.tokens;

/** Eligible Bauska applications, best score first: the first ten are selected, the last two wait. */
const eligible: { reference: string; email: string }[] = [];
let notEligible = '';
let undecided = '';
let jelgava = '';
/** When the early closing takes effect, in milliseconds since 1970. */
let intakeEndsAt = 0;

/**
 * Moves the host's clock past the early closing instead of waiting for it, and the page's with it: the pages
 * compare the closing time with their own clock too.
 */
async function untilIntakeEnded(page: Page) {
  file.system.clock.advanceTo(intakeEndsAt + 1000);
  await page.context().clock.setSystemTime(file.system.clock.now());
}

const put = (who: Who, path: string, body: unknown) => file.staff.call(file.tokens[who], 'PUT', path, { body });
const app = (reference: string) => `/staff/applications/${reference}`;

/** Points that add up to `total` (at most 20) across the demo round's three criteria. */
function pointsFor(total: number) {
  const supportNeed = Math.min(10, total);
  const noOtherServices = Math.min(5, total - supportNeed);
  return {
    'support-need': supportNeed,
    'no-other-services': noOtherServices,
    'lives-alone': total - supportNeed - noOtherServices,
  };
}

let applied = 0;
async function apply(municipalityCode: string): Promise<{ reference: string; email: string }> {
  const api = apiClient(file.system.apiUrl);
  applied += 1;
  const email = `persona${applied}@example.lv`;
  const request = validRequest({
    person: { ...validRequest().person, personalCode: legacyPersonalCode(600 + applied), municipalityCode },
    contact: { email, language: 'lv' },
  });
  const reference = await api.applyOnline(ROUND, request);
  return { reference, email };
}

async function decideEligible(who: Who, reference: string, total: number) {
  expectOk(await put(who, `${app(reference)}/document-check`, { verified: true }));
  expectOk(await put(who, `${app(reference)}/eligibility`, { decision: 'eligible' }));
  expectOk(
    await put(who, `${app(reference)}/scores`, { points: pointsFor(total), justification: 'Vērtēts mājas vizītē.' }),
  );
}

beforeAll(async () => {
  // Twelve eligible in Bauska with totals 20, 19 … 9: ranks follow the points.
  for (let index = 0; index < 12; index++) {
    const applicant = await apply(BAUSKA);
    await decideEligible('bauska', applicant.reference, 20 - index);
    eligible.push(applicant);
  }
  notEligible = (await apply(BAUSKA)).reference;
  expectOk(await put('bauska', `${app(notEligible)}/document-check`, { verified: false, note: 'Izziņa nav derīga.' }));
  expectOk(
    await put('bauska', `${app(notEligible)}/eligibility`, { decision: 'not-eligible', reason: 'documents-invalid' }),
  );
  undecided = (await apply(BAUSKA)).reference;
  jelgava = (await apply(JELGAVA)).reference;
  await decideEligible('jelgava', jelgava, 12);

  // Intake ends early, as an administrator may decide: the selection can run only after it. The closing takes
  // effect a short while after the request; the tests that need it move the host's clock to that instant.
  const closed = await file.staff.call<{ window: { closesAt: string } }>(
    file.tokens.admin,
    'POST',
    `/staff/rounds/${ROUND}/intake-closure`,
  );
  expectOk(closed);
  intakeEndsAt = Date.parse(closed.body.window.closesAt);
}, 120_000);

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const summaryFocused = focusOn('error-summary');

/** The references in a result table of the page, top to bottom. */
async function referencesIn(page: Page, table: string): Promise<string[]> {
  return page.locator(`table[data-testid="${table}"] tbody th a`).allInnerTexts();
}

let adminPage: Page;

describe('the selection pages in the browser', () => {
  it('an administrator reads the round overview: a chart of applications against places, and the table', async () => {
    adminPage = await signedInPageOnHostClock(file, 'admin', `/office/rounds/${ROUND}/dashboard`);
    const page = adminPage;
    await page.getByRole('heading', { level: 1, name: 'Kārtas pārskats' }).waitFor();
    await page.locator('[data-testid="dashboard-table"]').waitFor();

    // The chart: one image per municipality, each with its numbers as a text alternative.
    const bauskaChart = page.getByRole('img', { name: 'Bauskas novada pašvaldība: pieteikumi – 14, vietas – 10.' });
    expect(await bauskaChart.count()).toBe(1);
    expect(await page.locator('[data-testid="chart"] svg[role="img"]').count()).toBe(10);

    // The table is the same numbers and more: per review state, and all municipalities together.
    const bauskaRow = await text(
      page,
      'table[data-testid="dashboard-table"] tbody tr:has(a:text-is("Bauskas novada pašvaldība"))',
    );
    expect(bauskaRow.split('\t').map((cell) => cell.trim())).toEqual([
      'Bauskas novada pašvaldība',
      '10', // places
      '14', // all applications
      '1', // to review
      '12', // eligible
      '1', // not eligible
      '0',
      '0',
      '0',
    ]);
    expect(await text(page, 'table[data-testid="dashboard-table"] tfoot')).toContain('15');
    expect(await text(page, '[data-testid="latest-run"]')).toContain('Atlase vēl nav veikta.');
    await checkPage(page, 'selection-01-dashboard');

    // At 400 % zoom the page reflows; the wide table scrolls in its own box.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await screenshot(page, 'selection-01-dashboard-320px');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('an administrator runs the selection: refused while an application is undecided, then done', {
    timeout: 90_000,
  }, async () => {
    const page = adminPage;
    await untilIntakeEnded(page);
    await page.getByRole('navigation', { name: 'Kārtas lapas' }).getByRole('link', { name: 'Atlase' }).click();
    await waitForPage(page, `/office/rounds/${ROUND}/selection`);
    expect(await text(page, '[data-testid="not-run"]')).toBe('Šajā kārtā atlase vēl nav veikta.');
    expect(await page.locator('[data-testid="intake-not-ended"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Atlase', exact: true }).first().getAttribute('aria-current')).toBe(
      'page',
    );
    await checkPage(page, 'selection-02-not-run');

    // One Bauska application still waits for a decision: the page says so before the run, the refusal counts it
    // for Bauska, and the line links to Bauska's applications still to review.
    expect(await text(page, '[data-testid="undecided"]')).toContain('Pirms atlases vēl jāizlemj par pieteikumiem: 1.');
    await page.getByRole('button', { name: 'Veikt atlasi' }).click();
    await waitUntil(page, summaryFocused);
    expect(await page.locator('#error-summary li').allInnerTexts()).toEqual([
      'Pirms atlases vēl jāizlemj par pieteikumiem: 1.',
      'Bauskas novada pašvaldība: pieteikumi bez lēmuma – 1.',
    ]);
    const link = page.locator('[data-testid="undecided"] a');
    expect(await link.allInnerTexts()).toEqual(['Jāizskata (1)']);
    expect(await link.getAttribute('href')).toBe(`/office/rounds/${ROUND}?municipality=${BAUSKA}&state=to-review`);
    // The summary's entry leads to that link.
    await page.locator('#error-summary a').click();
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Jāizskata (1)');
    await checkPage(page, 'selection-03-undecided');

    // The social worker decides it; the selection runs.
    expectOk(await put('bauska', `${app(undecided)}/document-check`, { verified: false, note: 'Nav iesnieguma.' }));
    expectOk(
      await put('bauska', `${app(undecided)}/eligibility`, { decision: 'not-eligible', reason: 'documents-invalid' }),
    );
    await page.getByRole('button', { name: 'Veikt atlasi' }).click();
    await page.getByText('Atlase veikta. Pārbaudiet rezultātus.').waitFor();
    expect(await page.locator('#error-summary').count()).toBe(0);
    const details = await text(page, '[data-testid="run-details"]');
    expect(details).toMatch(/Ievaddatu kontrolsumma \(SHA-256\)\s+[0-9a-f]{64}/);
    expect(details).toContain('score-then-receipt-then-reference/1');
    expect(details).toMatch(/Atlasi veica\s+admin, \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d/);
    expect(details).toContain('Nav publicēta');
    const summary = await text(page, 'table[data-testid="results-summary"] tbody');
    expect(summary).toMatch(/Bauskas novada pašvaldība\s+10\s+10\s+2\s+2/);
    expect(summary).toMatch(/Jelgavas pilsētas pašvaldība\s+10\s+1\s+0\s+0/);
    expect(await page.getByRole('button', { name: 'Veikt atlasi vēlreiz' }).count()).toBe(1);
    await checkPage(page, 'selection-04-run');

    // Bauska's result: the ten best selected by rank, the other two waiting in order, and why two take no part.
    await page.getByRole('link', { name: 'Bauskas novada pašvaldība' }).click();
    await page.waitForURL((url) => url.searchParams.get('municipality') === BAUSKA);
    await page.locator('[data-testid="municipality-result"]').waitFor();
    expect(await referencesIn(page, 'selected')).toEqual(eligible.slice(0, 10).map((one) => one.reference));
    expect(await referencesIn(page, 'waitlisted')).toEqual(eligible.slice(10).map((one) => one.reference));
    expect((await referencesIn(page, 'excluded')).sort()).toEqual([notEligible, undecided].sort());
    expect(await text(page, 'table[data-testid="excluded"]')).toContain('Neatbilst nosacījumiem');
    await checkPage(page, 'selection-05-bauska-result');
  });

  it('a run that went stale must be run again before it can be published, which happens once', async () => {
    const page = adminPage;
    // A score changes after the run: the page says the results may be out of date and offers no publishing.
    const last = eligible[11] as (typeof eligible)[number];
    expectOk(
      await put('bauska', `${app(last.reference)}/scores`, { points: pointsFor(8), justification: 'Pārvērtēts.' }),
    );
    await page.reload();
    await page.locator('[data-testid="stale"]').waitFor();
    expect(await text(page, '[data-testid="stale"]')).toContain('Pirms publicēšanas veiciet atlasi vēlreiz.');
    // Publishing is there, unavailable, and says why.
    const unavailable = page.getByRole('button', { name: 'Publicēt un nosūtīt e-pastus' });
    expect(await unavailable.getAttribute('aria-disabled')).toBe('true');
    expect(await descriptionOf(page, '[data-testid="publish-unavailable"] button')).toBe(
      'Kopš atlases dati ir mainījušies. Veiciet atlasi vēlreiz un tad publicējiet.',
    );
    await checkPage(page, 'selection-06-stale');
    await page.getByRole('button', { name: 'Veikt atlasi vēlreiz' }).click();
    await page.getByText('Atlase veikta. Pārbaudiet rezultātus.').waitFor();
    expect(await page.locator('[data-testid="stale"]').count()).toBe(0);

    // Publishing: what it sends and to how many, that it cannot be undone, and a tick that the results are checked.
    const publish = page.locator('section[aria-labelledby="publish-title"]');
    const publishText = await publish.innerText();
    expect(publishText).toContain('Publicēšanu nevar atsaukt.');
    expect(publishText).toContain('Publicējot katram iesniedzējam nosūta e-pastu ar viņa rezultātu');
    expect(publishText).toContain('Rezultātus publicē vienu reizi.');
    // Fourteen Bauska applicants and one in Jelgava, each with an e-mail address and no representative.
    expect(await text(page, '[data-testid="publish-count"]')).toBe(
      'Nosūtāmo e-pastu skaits: 15. Pieteikumu skaits: 15.',
    );
    await page.getByRole('button', { name: 'Publicēt un nosūtīt e-pastus' }).click();
    await waitUntil(page, summaryFocused);
    expect(await text(page, '#error-summary')).toContain(
      'Atzīmējiet, ka esat pārbaudījis(-usi) rezultātus un saprotat, ka publicēšanu nevar atsaukt.',
    );
    expect(await page.getAttribute('#field-publish-confirm', 'aria-invalid')).toBe('true');
    await checkPage(page, 'selection-07-publish-unconfirmed');

    await publishConfirmed(page, file.system, 15);
    await waitUntil(page, `document.activeElement && document.activeElement.dataset.testid === 'announcement'`);
    expect(await text(page, '[data-testid="published"]')).toMatch(/^Rezultāti publicēti \d\d\.\d\d\.\d{4} plkst\./);
    expect(await text(page, '[data-testid="run-details"]')).toMatch(/Publicēja\s+admin, /);
    // Once published, there is nothing more to run or publish.
    expect(await page.getByRole('button', { name: /Veikt atlasi|Publicēt/ }).count()).toBe(0);
    // The background job's progress, as the page reads it again and again until it is over.
    await file.system.waitForIdle();
    await page.getByText(/^Publicēšana pabeigta \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d\.$/).waitFor();
    const progress = await text(page, '[data-testid="publication-progress"]');
    expect(progress).toContain('Rezultāti ierakstīti: 15 no 15.');
    expect(progress).toContain('E-pasti nosūtīti: 15 no 15 pieteikumiem.');
    await checkPage(page, 'selection-08-published');

    // Every applicant is e-mailed their result.
    const mailed = new Set((await file.system.mail()).flatMap((mail) => mail.destination.to));
    for (const { email } of eligible) expect(mailed).toContain(email);
  });

  it('an administrator opens the printable protocol of Bauska and downloads it as CSV', async () => {
    const page = adminPage;
    await page.getByRole('link', { name: 'Atvērt atlases protokolu' }).click();
    await waitForPage(page, `/office/rounds/${ROUND}/protocol`);
    expect(new URL(page.url()).searchParams.get('municipality')).toBe(BAUSKA);
    await page.locator('table[data-testid="protocol-results"]').waitFor();
    const rows = await page.locator('table[data-testid="protocol-results"] tbody tr').allInnerTexts();
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatch(new RegExp(`^1\\s+${eligible[0]?.reference}\\s+20\\s+.+\\s+Atlasīts`));
    expect(rows[10]).toMatch(
      new RegExp(`^11\\s+${eligible[10]?.reference}\\s+10\\s+.+\\s+Gaidīšanas sarakstā, 1\\. vieta`),
    );
    expect(rows.some((row) => row.includes(notEligible) && row.includes('Nav atlasīts'))).toBe(true);
    const details = await text(page, '[data-testid="protocol"]');
    for (const label of ['Protokola numurs', 'Kārta', 'Pašvaldība', 'Vietu skaits', 'Kontrolvērtība']) {
      expect(details).toContain(label);
    }
    expect(details).toMatch(/Rezultātus publicēja\s+admin, /);
    await checkPage(page, 'selection-09-protocol');

    const { text: csv } = await savedFile(page, () => page.getByRole('button', { name: 'Lejupielādēt (CSV)' }).click());
    expect(csv).toContain('rank,reference,totalScore,receivedAt,decision,position,reason');
    for (const { reference } of eligible) expect(csv).toContain(reference);
    expect(csv).not.toContain(jelgava);
    await page.getByText(/Fails lejupielādēts: .+\.csv\./).waitFor();

    // On paper: no navigation, no buttons, the table and what identifies the run.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.staff-bar', '.round-nav', '.header', '.button-row']) {
      expect(await page.locator(hidden).first().isVisible()).toBe(false);
    }
    expect(await page.locator('table[data-testid="protocol-results"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="protocol-run"]').isVisible()).toBe(true);
    await screenshot(page, 'selection-10-protocol-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('an administrator sees when intake ended, and that it can no longer be extended once published', async () => {
    const page = adminPage;
    await page.getByRole('link', { name: 'Pieteikšanās termiņš' }).click();
    await waitForPage(page, `/office/rounds/${ROUND}/intake`);
    const state = await text(page, '[data-testid="intake-state"]');
    expect(state).toContain('Pieteikšanās tagad: slēgta.');
    expect(state).toMatch(/Pieteikšanās beidzās \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d\./);
    // Closed already: there is nothing to close; and once the results are published, extending is refused.
    expect(await page.getByRole('button', { name: 'Slēgt pieteikšanos' }).count()).toBe(0);
    const extend = page.getByRole('button', { name: 'Pagarināt pieteikšanos' });
    expect(await extend.getAttribute('aria-disabled')).toBe('true');
    expect(await descriptionOf(page, '[data-testid="extend-unavailable"] button')).toMatch(
      /^Atlases rezultāti publicēti \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d, tāpēc pieteikšanos vairs nevar pagarināt vai atvērt no jauna\./,
    );
    expect(await page.locator('#field-intake-lastDay').count()).toBe(0);
    // It sends nothing: a plain button outside any form.
    expect(await extend.evaluate((button) => [button.getAttribute('type'), button.closest('form')])).toEqual([
      'button',
      null,
    ]);
    await checkPage(page, 'selection-11-intake-final');
  });

  it('the Bauska social worker sees Bauska only, records a withdrawal, and the next person is offered the place', async () => {
    const page = await newPageOnHostClock(file.browser, file.system);
    const withdrawn = eligible[3] as (typeof eligible)[number];
    const next = eligible[10] as (typeof eligible)[number];
    await openSignedIn(page, file.system, 'bauska', `/office/rounds/${ROUND}/selection`);
    await page.locator('[data-testid="municipality-result"]').waitFor();
    expect(await page.locator('[data-testid="municipality-result"]').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Bauskas novada pašvaldība' }).count()).toBe(1);
    expect(await page.locator('[data-testid="results-summary"]').count()).toBe(0);
    expect(await text(page, 'main')).not.toContain(jelgava);
    expect(await text(page, 'main')).toContain('Atlasi veic un rezultātus publicē ministrijas administrators.');
    // No running or publishing, and no administrators' pages in the round's navigation.
    expect(await page.getByRole('button', { name: /Veikt atlasi|Publicēt/ }).count()).toBe(0);
    const nav = await page.getByRole('navigation', { name: 'Kārtas lapas' }).innerText();
    expect(nav).not.toContain('Pārskats');
    expect(nav).not.toContain('Pieteikšanās termiņš');
    await checkPage(page, 'selection-12-social-worker');

    // The fourth selected person gives up the place: the application's action opens the withdrawal step.
    await page.getByRole('link', { name: withdrawn.reference }).click();
    await waitForPage(page, `/office/applications/${withdrawn.reference}`);
    expect(await text(page, '[data-step="result"] .task-line')).toBe('Atlasīts: 4. vieta.');
    await page.getByRole('link', { name: 'Persona atsauc pieteikumu' }).click();
    await waitForPage(page, `/office/applications/${withdrawn.reference}/withdrawal`);
    const section = page.locator('main');
    expect(await section.innerText()).toContain(
      'vietu piedāvās nākamajam gaidīšanas sarakstā, un viņam nosūtīs e-pastu',
    );
    await section.getByRole('button', { name: 'Reģistrēt atsaukumu' }).click();
    await waitUntil(page, summaryFocused);
    expect(await page.locator('#error-summary li').allInnerTexts()).toEqual([
      'Uzrakstiet iemeslu.',
      'Atzīmējiet, ka persona tiešām atsauc pieteikumu.',
    ]);
    await checkPage(page, 'selection-13-withdrawal-errors');

    await file.system.waitForIdle();
    await file.system.clearMail();
    await page.locator('#field-withdrawal-reason').fill('Persona 12. septembrī piezvanīja un atteicās no vietas.');
    await page.getByLabel('Persona vai tās pārstāvis tiešām atsauc pieteikumu').check();
    await section.getByRole('button', { name: 'Reģistrēt atsaukumu' }).click();
    await page.getByText('Atsaukums reģistrēts.').waitFor();
    expect(await text(page, '[data-testid="withdrawal-current"]')).toBe('Pieteikums ir atsaukts.');
    expect(await text(page, 'h1 + p .status-tag')).toBe('Atsaukts');
    await waitUntil(page, `document.activeElement && document.activeElement.dataset.testid === 'withdrawal-current'`);
    expect(await page.getByRole('button', { name: 'Reģistrēt atsaukumu' }).count()).toBe(0);
    const resultsLink = page.getByRole('link', { name: 'Skatīt atlases rezultātus' });
    expect(await resultsLink.getAttribute('href')).toBe(`/office/rounds/${ROUND}/selection`);

    // Its result, on the result step: it no longer stands; the withdrawal is no longer offered.
    await page.getByRole('link', { name: 'Atpakaļ', exact: true }).click();
    await waitForPage(page, `/office/applications/${withdrawn.reference}`);
    expect(await text(page, '[data-step="withdrawal"] .task-status')).toBe('Izdarīts');
    expect(await page.getByRole('link', { name: 'Persona atsauc pieteikumu' }).count()).toBe(0);
    await page.locator('[data-testid="task-list"]').getByRole('link', { name: 'Atlases rezultāts' }).click();
    await waitForPage(page, `/office/applications/${withdrawn.reference}/result`);
    expect(await text(page, '[data-testid="selection-outcome"]')).toBe('Atlasīts: 4. vieta.');
    expect(await text(page, 'main')).toContain(
      'Pēc publicēšanas pieteikums atsaukts, tāpēc šis rezultāts vairs nav spēkā.',
    );
    await checkPage(page, 'selection-14-withdrawn');

    // The results now: the place went to the first on the waiting list, and the page says who and when.
    await page.goBack();
    await page.goBack();
    await waitForPage(page, `/office/applications/${withdrawn.reference}/withdrawal`);
    await resultsLink.click();
    await waitForPage(page, `/office/rounds/${ROUND}/selection`);
    await page.locator('table[data-testid="promotions"]').waitFor();
    const promotion = await text(page, 'table[data-testid="promotions"] tbody');
    expect(promotion).toMatch(new RegExp(`${withdrawn.reference}\\s+${next.reference}\\s+bauska`));
    const selected = await referencesIn(page, 'selected');
    expect(selected).toHaveLength(10);
    expect(selected).not.toContain(withdrawn.reference);
    expect(selected.at(-1)).toBe(next.reference);
    expect(await referencesIn(page, 'waitlisted')).toEqual([eligible[11]?.reference]);
    expect(await text(page, 'table[data-testid="excluded"]')).toMatch(new RegExp(`${withdrawn.reference}\\s+Atsaukts`));
    await checkPage(page, 'selection-15-promotion');

    // The person offered the place is e-mailed, and their page says so.
    await file.system.waitForIdle();
    expect((await file.system.mail()).flatMap((mail) => mail.destination.to)).toContain(next.email);
    await page.getByRole('link', { name: next.reference }).first().click();
    await waitForPage(page, `/office/applications/${next.reference}`);
    expect(await text(page, '[data-step="result"] .task-line')).toBe('Atlasīts: 10. vieta.');
    await page.locator('[data-testid="task-list"]').getByRole('link', { name: 'Atlases rezultāts' }).click();
    await waitForPage(page, `/office/applications/${next.reference}/result`);
    expect(await text(page, 'main')).toMatch(
      /Vieta piedāvāta \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d, jo kāds atsauca pieteikumu\./,
    );

    // The protocol of their own municipality, without a choice of municipality.
    await page.goto(`${file.system.apiUrl}/office/rounds/${ROUND}/protocol`);
    await page.locator('table[data-testid="protocol-results"]').waitFor();
    expect(await page.locator('#field-municipality').count()).toBe(0);
    const protocol = await text(page, 'table[data-testid="protocol-results"] tbody');
    expect(protocol).toMatch(new RegExp(`${withdrawn.reference}\\s+.+\\s+Nav atlasīts: atsaukts`));
    await checkPage(page, 'selection-16-protocol-social-worker');

    // The overview is the administrators' alone.
    await page.goto(`${file.system.apiUrl}/office/rounds/${ROUND}/dashboard`);
    await page.getByText('Šo lapu var atvērt tikai administrators.').waitFor();

    // The results in English, and at 400 % zoom, where only the tables scroll sideways.
    await page.goto(`${file.system.apiUrl}/office/rounds/${ROUND}/selection`);
    await page.locator('table[data-testid="promotions"]').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 3, name: 'Withdrawals after publication' }).waitFor();
    expect(await text(page, 'table[data-testid="excluded"]')).toMatch(
      new RegExp(`${withdrawn.reference}\\s+Withdrawn`),
    );
    await checkPage(page, 'selection-17-social-worker-en');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await screenshot(page, 'selection-17-social-worker-en-320px');
  });
});
