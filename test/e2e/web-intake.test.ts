import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDateTime } from '../../shared/domain/riga-time.ts';
import { messages } from '../../shared/http/messages.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage, descriptionOf, publishConfirmed } from '../helpers/web-pages.ts';
import { signedInPageOnHostClock, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The administrators' intake and selection pages as they follow the clock, in a real browser: an early closing
 * counted down and shown closed when it takes effect, actions that cannot apply yet shown with why, a run refused
 * for undecided applications summed up per municipality, publishing that says how many e-mails go out, and intake
 * that can no longer be extended once the results are published. The demo round gets two applications to review
 * in Bauska and one in Jelgava. The tests build on one another in order, on the host's clock, which they move
 * instead of waiting.
 */

const ROUND = 'demo';
const BAUSKA = 'LV-016';
const JELGAVA = 'LV-JEL';

const file = webSystemForFile(['bauska', 'jelgava', 'admin'] as const);
type Who = keyof typeof file.tokens;

const applicants: { reference: string; email: string; municipalityCode: string; decides: Who }[] = [];
/** When the early closing takes effect, in milliseconds since 1970. */
let closesAt = 0;

beforeAll(async () => {
  const api = apiClient(file.system.apiUrl);
  for (const [index, [municipalityCode, decides]] of (
    [
      [BAUSKA, 'bauska'],
      [BAUSKA, 'bauska'],
      [JELGAVA, 'jelgava'],
    ] as const
  ).entries()) {
    const email = `intake${index}@example.lv`;
    const request = validRequest({
      person: { ...validRequest().person, personalCode: legacyPersonalCode(800 + index), municipalityCode },
      contact: { email, language: 'lv' },
    });
    const reference = await api.applyOnline(ROUND, request);
    applicants.push({ reference, email, municipalityCode, decides });
  }
}, 120_000);

/** Moves the host's clock to `instant`, and the page's with it; the page's next tick of the second sees it. */
async function moveClocksTo(page: Page, instant: number) {
  file.system.clock.advanceTo(instant);
  await page.context().clock.setSystemTime(file.system.clock.now());
  await page.context().clock.runFor(1000);
}

/** An instant as the pages write it to the second, in Riga time. */
function rigaToTheSecond(instant: number): string {
  const { date, time } = localDateTime(new Date(instant));
  return `${date} plkst. ${time}:${String(new Date(instant).getUTCSeconds()).padStart(2, '0')}`;
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const summaryFocused = focusOn('error-summary');
const stateLine = (page: Page) => text(page, '[data-testid="intake-state"] [role="status"]');
const secondsLeft = async (page: Page) =>
  Number((await text(page, '[data-testid="countdown"]')).match(/^Līdz beigām atlikušas sekundes: (\d+)\.$/)?.[1]);

let intakePage: Page;
let selectionPage: Page;

describe('the intake and selection pages on the clock', () => {
  it('an administrator extends intake, then closes it early: the page says to the second when, and counts down', async () => {
    intakePage = await signedInPageOnHostClock(file, 'admin', `/office/rounds/${ROUND}/intake`);
    const page = intakePage;
    await page.locator('[data-testid="intake-state"]').waitFor();
    expect(await stateLine(page)).toBe('Pieteikšanās tagad: atvērta.');
    await checkPage(page, 'intake-01-open');

    // Extending first, so that the history has two changes, each with who made it.
    const round = (await apiClient(file.system.apiUrl).round(ROUND)).body as { window: { lastDay: string } };
    const later = new Date(`${round.window.lastDay}T00:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 7);
    const laterText = later.toISOString().slice(0, 10).split('-').reverse().join('.');
    await page.locator('#field-intake-lastDay').fill(laterText);
    await page.getByLabel('Saprotu, ka mainīsies pieteikšanās beigas').check();
    await page.getByRole('button', { name: 'Pagarināt pieteikšanos' }).click();
    await page.getByText(`Pēdējā pieteikšanās diena tagad ir ${laterText}.`).waitFor();

    // Closing asks to confirm what it does.
    const close = page.locator('section[aria-labelledby="close-title"]');
    await close.getByRole('button', { name: 'Slēgt pieteikšanos' }).click();
    await waitUntil(page, summaryFocused);
    expect(await text(page, '#error-summary')).toContain('Atzīmējiet, ka saprotat: pieteikšanās tūlīt beigsies.');
    await page.getByLabel('Saprotu, ka pieteikšanās tūlīt beigsies').check();
    await close.getByRole('button', { name: 'Slēgt pieteikšanos' }).click();
    const saved = page.getByText(/^Slēgšana saglabāta: pieteikšanās beigsies .+\.$/);
    await saved.waitFor();

    // Not "closed" yet: open, ending at the instant stored, to the second, and counted down.
    const stored = await file.staff.call<{ window: { closesAt: string } }>(
      file.tokens.admin,
      'GET',
      `/staff/rounds/${ROUND}/intake-window`,
    );
    closesAt = Date.parse(stored.body.window.closesAt);
    const when = rigaToTheSecond(closesAt);
    expect(await saved.innerText()).toBe(`Slēgšana saglabāta: pieteikšanās beigsies ${when}.`);
    expect(await stateLine(page)).toBe('Pieteikšanās tagad: atvērta, bet tūlīt beigsies.');
    expect(await text(page, '[data-testid="intake-state"]')).toContain(
      `Pieteikšanās slēgta pirms termiņa: tā beigsies ${when} pēc Latvijas laika.`,
    );
    const countdown = page.locator('[data-testid="countdown"]');
    // A timer, which screen readers do not announce on every tick.
    expect(await countdown.getAttribute('role')).toBe('timer');
    expect(await countdown.getAttribute('aria-live')).toBeNull();
    const left = await secondsLeft(page);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(30);
    // Closed early already: closing is not offered again while it takes effect.
    expect(await close.count()).toBe(0);

    // The history: who, and what.
    const rows = await page.locator('section[aria-labelledby="changes-title"] tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`Pagarināja pieteikšanos līdz ${laterText.replaceAll('.', '\\.')}\\s+admin$`));
    expect(rows[1]).toMatch(
      new RegExp(`Slēdza pieteikšanos pirms termiņa, no ${when.replaceAll('.', '\\.')}\\s+admin$`),
    );
    await checkPage(page, 'intake-02-closing');
  });

  it('while the closing is not in effect, the selection page shows running and publishing unavailable, with why', async () => {
    selectionPage = await signedInPageOnHostClock(file, 'admin', `/office/rounds/${ROUND}/selection`);
    const page = selectionPage;
    const run = page.getByRole('button', { name: 'Veikt atlasi' });
    await run.waitFor();
    expect(await run.getAttribute('aria-disabled')).toBe('true');
    expect(await descriptionOf(page, '[data-testid="run-unavailable"] button')).toBe(
      `Atlasi vēl nevar veikt: pieteikšanās beidzas ${rigaToTheSecond(closesAt)}. Pēc tam atlasi varēs veikt.`,
    );
    const publish = page.getByRole('button', { name: 'Publicēt un nosūtīt e-pastus' });
    expect(await publish.getAttribute('aria-disabled')).toBe('true');
    expect(await descriptionOf(page, '[data-testid="publish-unavailable"] button')).toBe(
      'Publicēt var tikai veiktas un pārbaudītas atlases rezultātus. Vispirms veiciet atlasi.',
    );
    // Already now it says what will stop the run, per municipality.
    // In the round's order of municipalities, as every list of them. The list comes with its own request, which
    // may answer after the buttons are drawn.
    const undecided = page.locator('[data-testid="undecided"] li');
    await undecided.first().waitFor();
    expect(await undecided.allInnerTexts()).toEqual([
      'Jelgavas pilsētas pašvaldība: pieteikumi bez lēmuma – 1. Jāizskata (1)',
      'Bauskas novada pašvaldība: pieteikumi bez lēmuma – 2. Jāizskata (2)',
    ]);
    await checkPage(page, 'intake-03-selection-closing');
  });

  it('the countdown follows the clock, and intake shows closed when the closing takes effect, without a reload', async () => {
    const page = intakePage;
    await page.evaluate('window.sameDocument = true');
    await moveClocksTo(page, closesAt - 10_000);
    await waitUntil(
      page,
      `Number(document.querySelector('[data-testid="countdown"]').textContent.match(/\\d+/)[0]) <= 10`,
    );
    expect(await secondsLeft(page)).toBeGreaterThan(0);

    await moveClocksTo(page, closesAt + 1000);
    await page.getByText('Pieteikšanās tagad: slēgta.').waitFor();
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    expect(await page.locator('[data-testid="countdown"]').count()).toBe(0);
    // Nothing says it will end any more: the line that said the closing was saved is gone with it.
    expect(await page.getByText(/^Slēgšana saglabāta/).count()).toBe(0);
    expect(await text(page, '[data-testid="intake-state"]')).toMatch(
      /Pieteikšanās beidzās \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d\./,
    );
    expect(await page.getByRole('link', { name: 'Atvērt atlasi' }).count()).toBe(1);
    await checkPage(page, 'intake-04-closed');

    // The selection page follows the same clock: running is offered now, without a reload.
    await selectionPage.evaluate('window.sameDocument = true');
    await moveClocksTo(selectionPage, file.system.clock.now().getTime());
    await selectionPage.locator('[data-testid="run-unavailable"]').waitFor({ state: 'detached' });
    expect(await selectionPage.evaluate('window.sameDocument')).toBe(true);
    expect(await selectionPage.getByRole('button', { name: 'Veikt atlasi' }).getAttribute('aria-disabled')).toBeNull();
    expect(await selectionPage.locator('[data-testid="intake-not-ended"]').count()).toBe(0);
  });

  it('a run refused for undecided applications is summed up once per municipality, each leading to its queue', async () => {
    const page = selectionPage;
    await page.getByRole('button', { name: 'Veikt atlasi' }).click();
    await waitUntil(page, summaryFocused);
    expect(await page.locator('#error-summary li').allInnerTexts()).toEqual([
      'Pirms atlases vēl jāizlemj par pieteikumiem: 3.',
      'Jelgavas pilsētas pašvaldība: pieteikumi bez lēmuma – 1.',
      'Bauskas novada pašvaldība: pieteikumi bez lēmuma – 2.',
    ]);
    const links = page.locator('[data-testid="undecided"] a');
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      `/office/rounds/${ROUND}?municipality=${JELGAVA}&state=to-review`,
      `/office/rounds/${ROUND}?municipality=${BAUSKA}&state=to-review`,
    ]);
    // Each entry of the summary leads to its municipality's link.
    await page.locator('#error-summary a', { hasText: 'Jelgavas' }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.getAttribute("href")')).toBe(
      `/office/rounds/${ROUND}?municipality=${JELGAVA}&state=to-review`,
    );
    await checkPage(page, 'intake-05-run-refused');

    // The API keeps naming each application; the page adds them up.
    const refused = await file.staff.call<{ error: { fields: { path: string }[] } }>(
      file.tokens.admin,
      'POST',
      `/staff/rounds/${ROUND}/selection-runs`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.map(({ path }) => path).sort()).toEqual(
      applicants.map(({ reference }) => `applications.${reference}`).sort(),
    );
  });

  it('each social worker sees how many applications of their own municipality stop the run, and where they are', async () => {
    const page = await signedInPageOnHostClock(file, 'bauska', `/office/rounds/${ROUND}/selection`);
    const notice = page.locator('[data-testid="undecided"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(
      'Jūsu pašvaldībā vēl jāizlemj par pieteikumiem: 2. Kamēr par tiem nav lēmuma, atlasi nevar veikt.',
    );
    expect(await notice.innerText()).not.toContain('Jelgava');
    const link = notice.getByRole('link', { name: 'Jāizskata (2)' });
    expect(await link.getAttribute('href')).toBe(`/office/rounds/${ROUND}?state=to-review`);
    await checkPage(page, 'intake-06-social-worker-undecided');
    await link.click();
    await waitForPage(page, `/office/rounds/${ROUND}`);
    expect(new URL(page.url()).searchParams.get('state')).toBe('to-review');
  });

  it('publishing reads as final: it says how many e-mails go out, asks to confirm that, and sends that many', async () => {
    for (const { reference, decides } of applicants) {
      const path = `/staff/applications/${reference}`;
      const checked = await file.staff.call(file.tokens[decides], 'PUT', `${path}/document-check`, {
        body: { verified: false, note: 'Izziņa nav derīga.' },
      });
      expect(checked.status, JSON.stringify(checked.body)).toBe(200);
      const decided = await file.staff.call(file.tokens[decides], 'PUT', `${path}/eligibility`, {
        body: { decision: 'not-eligible', reason: 'documents-invalid' },
      });
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    }
    const page = selectionPage;
    await page.reload();
    await page.locator('[data-testid="not-run"]').waitFor();
    expect(await page.locator('[data-testid="undecided"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Veikt atlasi' }).click();
    await page.getByText('Atlase veikta. Pārbaudiet rezultātus.').waitFor();

    expect(await text(page, '[data-testid="publish-warning"] .irreversible-title')).toBe('Publicēšanu nevar atsaukt.');
    expect(await text(page, '[data-testid="publish-count"]')).toBe('Nosūtāmo e-pastu skaits: 3. Pieteikumu skaits: 3.');
    // Red, unlike every other button of the pages.
    const colour = (selector: string) =>
      page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`);
    expect(await colour('[data-testid="publish-warning"] button')).toBe('rgb(168, 32, 26)');
    expect(await colour('section[aria-labelledby="run-title"] button')).not.toBe('rgb(168, 32, 26)');
    await checkPage(page, 'intake-07-publish');

    await publishConfirmed(page, file.system, 3);
    await file.system.waitForIdle();
    const sent = (await file.system.mail()).flatMap((mail) => mail.destination.to);
    expect(sent.sort()).toEqual(applicants.map(({ email }) => email).sort());
  });

  it('once published, intake cannot be extended: the page says why, and the server refuses it asked directly', async () => {
    const page = intakePage;
    await page.reload();
    const extend = page.getByRole('button', { name: 'Pagarināt pieteikšanos' });
    await extend.waitFor();
    expect(await extend.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('#field-intake-lastDay').count()).toBe(0);
    expect(await descriptionOf(page, '[data-testid="extend-unavailable"] button')).toMatch(
      /^Atlases rezultāti publicēti \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d, tāpēc pieteikšanos vairs nevar pagarināt vai atvērt no jauna\. Jauniem pieteicējiem jāizsludina jauna kārta\.$/,
    );
    await checkPage(page, 'intake-08-final');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/^The selection results were published .+, so intake can no longer be extended/).waitFor();
    await checkPage(page, 'intake-09-final-en');

    // Bypassing the page changes nothing: refused with the reason in both languages, the round still closed.
    const refused = await file.staff.call(file.tokens.admin, 'PUT', `/staff/rounds/${ROUND}/intake-window`, {
      body: { lastDay: '2099-12-31' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'INTAKE_FINAL_AFTER_PUBLICATION', message: messages.INTAKE_FINAL_AFTER_PUBLICATION },
    });
    const round = await apiClient(file.system.apiUrl).round(ROUND);
    expect(round.body).toMatchObject({ intakeState: 'closed' });
    expect((round.body as { window: { lastDay: string } }).window.lastDay).not.toBe('2099-12-31');
  });
});
