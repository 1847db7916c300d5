import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServiceYear } from '../../infra/seed/service-year.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { type StaffRequestLog, staffClient } from '../helpers/staff-client.ts';
import { signInStaff } from '../helpers/staff-tokens.ts';
import { storageProbe } from '../helpers/storage.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { typeInto, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, openSignedIn, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * A social worker's year with a participant, in a real browser. One Bauska application is decided and scored
 * through the staff API, intake is closed, and the selection is run and published through it: the person is
 * selected. The round's year of services is the demo's (4,800.00 EUR a participant, 12 months), stored as an
 * administrator would have set it. The tests build on one another: the participants page, drawing up and agreeing
 * the plan, a month past 80 % (warned), a month past the plan (refused), and a revision that makes room for it.
 */

const ROUND = 'demo';
const BAUSKA = 'LV-016';

let page: Page;
let participant = '';
const log: StaffRequestLog = [];

/** The Riga calendar date of the host's clock, `YYYY-MM-DD`. */
const rigaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date(file.system.clock.now()));
const typed = (isoDate: string) => isoDate.split('-').reverse().join('.');
const text = (selector: string) => page.locator(selector).innerText();
const summaryFocused = focusOn('error-summary');

async function applyInBauska(): Promise<string> {
  const api = apiClient(file.system.apiUrl);
  const request = validRequest({
    person: { ...validRequest().person, personalCode: legacyPersonalCode(701), municipalityCode: BAUSKA },
  });
  return api.applyOnline(ROUND, request);
}

const file = webSystemForFile([]);
beforeAll(async () => {
  const staff = staffClient(file.system.apiUrl, log);
  const bauska = await signInStaff(file.system, 'bauska');
  const admin = await signInStaff(file.system, 'admin');
  const ok = (answer: { status: number; body: unknown }) =>
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);

  participant = await applyInBauska();
  const base = `/staff/applications/${participant}`;
  ok(await staff.call(bauska, 'PUT', `${base}/document-check`, { body: { verified: true } }));
  ok(await staff.call(bauska, 'PUT', `${base}/eligibility`, { body: { decision: 'eligible' } }));
  ok(
    await staff.call(bauska, 'PUT', `${base}/scores`, {
      body: { points: { 'support-need': 8, 'no-other-services': 3, 'lives-alone': 2 }, justification: 'Vērtēts.' },
    }),
  );
  const closed = await staff.call<{ window: { closesAt: string } }>(
    admin,
    'POST',
    `/staff/rounds/${ROUND}/intake-closure`,
  );
  ok(closed);
  file.system.clock.advanceTo(Date.parse(closed.body.window.closesAt) + 1000);
  const run = await staff.call<{ run: { runId: string } }>(admin, 'POST', `/staff/rounds/${ROUND}/selection-runs`);
  expect(run.status, JSON.stringify(run.body)).toBeLessThan(300);
  const published = await staff.call(
    admin,
    'POST',
    `/staff/rounds/${ROUND}/selection-runs/${run.body.run.runId}/publication`,
  );
  expect(published.status, JSON.stringify(published.body)).toBeLessThan(300);
  // The publication job records the results in the background.
  await file.system.waitForIdle();

  await storageProbe(file.system).putServiceYear({
    ...demoServiceYear([{ code: BAUSKA, town: 'Bauska' }]),
    roundId: ROUND,
    revision: 1,
    updatedAt: new Date(file.system.clock.now()).toISOString(),
    updatedBy: { subject: 'sub-admin', username: 'admin', displayName: 'Administrators' },
  });

  page = await newPage(file.browser, STAFF_VIEWPORT);
  await page.context().clock.setSystemTime(file.system.clock.now());
}, 120_000);

describe('a support plan in the browser', () => {
  it('lists the selected participant of Bauska, with no plan yet and the budget, from the round’s navigation', async () => {
    await openSignedIn(page, file.system, 'bauska', `/office/rounds/${ROUND}`);
    await page.getByRole('navigation', { name: 'Kārtas lapas' }).getByRole('link', { name: 'Dalībnieki' }).click();
    await waitForPage(page, `/office/rounds/${ROUND}/participants`);
    await page.locator('table[data-testid="participants"]').waitFor();
    const row = await text(`table[data-testid="participants"] tbody tr:has-text("${participant}")`);
    expect(row).toContain('Plāna vēl nav');
    expect(row).toMatch(/4\s?800,00\s€/);
    await checkPage(page, 'plan-01-participants');
  });

  it('draws up the plan: goals in order of priority set by keyboard, a service, the total live against the budget', {
    timeout: 60_000,
  }, async () => {
    await page.getByRole('link', { name: participant }).click();
    await waitForPage(page, `/office/applications/${participant}/plan`);
    expect(await text('main')).toContain('Plāns vēl nav sastādīts.');
    await checkPage(page, 'plan-02-no-plan');

    await typeInto(page, 'field-plan-goals-0', 'Iemācīties gatavot ēst');
    await page.getByRole('button', { name: 'Pievienot mērķi' }).press('Enter');
    await waitUntil(page, focusOn('field-plan-goals-1'));
    await page.keyboard.type('Satikt cilvēkus ārpus mājas');
    // Focus goes where an action sent it once: a later change of the goals (an input event that changes nothing,
    // as a dictation tool may send) leaves it on the button the person has since moved to.
    const moveUp = page.getByRole('button', { name: 'Pārvietot 2. mērķi augstāk' });
    await moveUp.focus();
    await page.evaluate(
      `document.getElementById('field-plan-goals-1').dispatchEvent(new Event('input', { bubbles: true }))`,
    );
    await page.evaluate('new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn, 50)))');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Pārvietot 2. mērķi augstāk');
    // The second goal matters most: moved up by keyboard, focus stays with it and its new place is said.
    await moveUp.press('Enter');
    await waitUntil(page, focusOn('field-plan-goals-0'));
    expect(await page.inputValue('#field-plan-goals-0')).toBe('Satikt cilvēkus ārpus mājas');
    expect(await page.inputValue('#field-plan-goals-1')).toBe('Iemācīties gatavot ēst');
    expect(await page.locator('.plan-list [role="status"]').first().innerText()).toContain('1. vietā');

    await page.selectOption('#field-plan-services-0-serviceId', 'day-centre');
    await page.selectOption('#field-plan-services-0-providerId', 'lv-016-centrs');
    await typeInto(page, 'field-plan-services-0-quantityPerMonth', '8');
    expect(await text('[data-testid="line-cost-0"]')).toMatch(/1\s?344,00\s€/);
    expect(await text('[data-testid="plan-total"]')).toMatch(/Plāns kopā: 1\s?344,00\s€ no 4\s?800,00\s€ budžeta\./);
    // A high assessed need has the round's larger amount.
    await page.selectOption('#field-plan-needLevel', 'high');
    expect(await text('[data-testid="plan-total"]')).toMatch(/no 7\s?200,00\s€ budžeta/);
    await page.selectOption('#field-plan-needLevel', '');
    await typeInto(page, 'field-plan-personView', 'Gribu iet uz centru divreiz nedēļā.');
    const start = `${rigaToday().slice(0, 8)}01`;
    await typeInto(page, 'field-plan-startDate', typed(start));
    await checkPage(page, 'plan-03-drawing-up');

    await page.getByRole('button', { name: 'Saglabāt plānu' }).click();
    // The form goes once saved: focus moves to the plan as it now stands, and the page says it was saved.
    await waitUntil(page, `document.activeElement && document.activeElement.dataset.testid === 'version-line'`);
    expect(await text('section[aria-labelledby="current-title"] .saved')).toBe('Plāns saglabāts.');
    expect(await text('[data-testid="version-line"]')).toBe('1. versija no 1.');
    expect(await text('[data-testid="agreement-line"]')).toBe('Šī versija vēl nav saskaņota ar dalībnieku.');
    expect(await page.locator('ol.plan-goals li').allInnerTexts()).toEqual([
      'Satikt cilvēkus ārpus mājas',
      'Iemācīties gatavot ēst',
    ]);
    expect(await text('main')).toContain('Mēneša pakalpojumus var ievadīt, kad plāns ir saskaņots.');
    await checkPage(page, 'plan-04-drawn-up');
  });

  it('records the agreement signed on paper', async () => {
    await typeInto(page, 'field-agreement-signedOn', typed(rigaToday()));
    await page.getByRole('button', { name: 'Reģistrēt saskaņojumu' }).click();
    await page.getByText(`Saskaņots: parakstīts uz papīra ${typed(rigaToday())}.`).waitFor();
    expect(await page.getByRole('button', { name: 'Reģistrēt saskaņojumu' }).count()).toBe(0);
    await checkPage(page, 'plan-05-agreed');
  });

  it('records a month, prefilled from the plan, and warns in words once 80 % is spent', async () => {
    expect(await page.inputValue('#field-delivery-lines-0-quantity')).toBe('8');
    expect(await page.inputValue('#field-delivery-lines-0-amountCents')).toBe('112,00');
    await typeInto(page, 'field-delivery-lines-0-amountCents', '1100,00');
    await page.getByRole('button', { name: 'Saglabāt mēnesi' }).click();
    await page.locator('[data-testid="budget-warning"]').waitFor();
    expect(await text('[data-testid="budget-warning"]')).toBe(
      'Uzmanību: izlietoti 81 % no plānā paredzētās summas. Ja pakalpojumu vajag vairāk, mainiet plānu.',
    );
    expect(await text('[data-testid="spent-line"]')).toMatch(
      /Izlietots 1\s?100,00\s€ no 1\s?344,00\s€\. Atlikums: 244,00\s€\./,
    );
    expect(await page.locator('table[data-testid="months"] tbody tr').count()).toBe(1);
    await checkPage(page, 'plan-06-warning');
  });

  it('refuses a month past the plan, saying by how much and that the plan must be revised first', async () => {
    await typeInto(page, 'field-delivery-lines-0-amountCents', '300,00');
    await page.getByRole('button', { name: 'Saglabāt mēnesi' }).click();
    await waitUntil(page, summaryFocused);
    const summary = await text('#error-summary');
    expect(summary).toContain('vispirms mainiet plānu');
    expect(summary).toMatch(/56,00\s€/);
    expect(await page.getAttribute('#field-delivery-lines-0-amountCents', 'aria-invalid')).toBe('true');
    expect(await page.locator('table[data-testid="months"] tbody tr').count()).toBe(1);
    await checkPage(page, 'plan-07-over-plan');
  });

  it('revises the plan by a new version with its reason, keeps the old one readable, and then takes the month', {
    timeout: 60_000,
  }, async () => {
    await page.getByRole('button', { name: 'Mainīt plānu' }).click();
    expect(await page.getAttribute('button[aria-controls="revision-form"]', 'aria-expanded')).toBe('true');
    expect(await page.inputValue('#field-plan-goals-0')).toBe('Satikt cilvēkus ārpus mājas');
    await typeInto(page, 'field-plan-services-0-quantityPerMonth', '10');
    expect(await text('[data-testid="plan-total"]')).toMatch(/1\s?680,00\s€/);
    await page.getByRole('button', { name: 'Saglabāt jauno versiju' }).click();
    await waitUntil(page, summaryFocused);
    expect(await text('#error-summary')).toContain('Uzrakstiet, kāpēc plānu maina.');
    await checkPage(page, 'plan-08-revision-needs-reason');
    await typeInto(page, 'field-plan-reason', 'Centrā vajag vairāk dienu.');
    await page.getByRole('button', { name: 'Saglabāt jauno versiju' }).click();
    await page.getByText('2. versija no 2.').waitFor();
    const versions = await page.locator('table[data-testid="versions"] tbody tr').allInnerTexts();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatch(/1\. versija.*Pirmā versija\s+1\s?344,00\s€\s+Jā/s);
    expect(versions[1]).toMatch(/2\. versija.*Centrā vajag vairāk dienu\.\s+1\s?680,00\s€\s+Nē/s);
    await checkPage(page, 'plan-09-revised');

    // The new version is agreed; the month that went past the old plan now fits.
    await typeInto(page, 'field-agreement-signedOn', typed(rigaToday()));
    await page.getByRole('button', { name: 'Reģistrēt saskaņojumu' }).click();
    await page.locator('#field-delivery-lines-0-amountCents').waitFor();
    await typeInto(page, 'field-delivery-lines-0-amountCents', '300,00');
    await page.getByRole('button', { name: 'Saglabāt mēnesi' }).click();
    await page.getByText('Mēnesis saglabāts.').waitFor();
    expect(await page.locator('table[data-testid="months"] tbody tr').count()).toBe(2);

    // The first version, as it was agreed, read-only.
    await page.getByRole('link', { name: '1. versija' }).click();
    await page.locator('[data-testid="old-version"]').waitFor();
    expect(await text('[data-testid="old-version"]')).toBe(
      'Jūs skatāt 1. versiju. Tā ir tikai lasīšanai. Pašreizējā ir 2. versija.',
    );
    expect(await text('[data-testid="version-total"]')).toMatch(/1\s?344,00\s€ no 4\s?800,00\s€/);
    expect(await page.locator('main form').count()).toBe(0);
    await checkPage(page, 'plan-10-old-version');
  });
});
