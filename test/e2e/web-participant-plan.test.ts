import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR_ROUND_ID, type DemoYear, seedDemoYear } from '../../infra/seed/demo-year.ts';
import { STAFF_DEMO_ACCOUNTS } from '../../infra/seed/staff-users.ts';
import { getPorts } from '../../shared/composition.ts';
import { currentVersion, newPlanVersion } from '../../shared/domain/support-plan-rules.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { activate, focusReaches, pressSubmit, typeInto, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, webSystemForFile } from '../helpers/web-system.ts';

/**
 * A participant of the past demo round reads their support plan the way the status page leads them to it: with
 * the number and access code, in Latvian and in English, and agrees to the changed plan online, by keyboard alone.
 * Someone on the waiting list is told, on the same page, that there is no plan yet. Every state is checked with axe.
 */
let dataDir: string;
let year: DemoYear;
const web = webSystemForFile([]);
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'participant-plan-'));
  year = await seedDemoYear(web.system.env, dataDir, web.system.clock.now());
}, 120_000);
afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The plan as a person reads it, with the narrow spaces of Latvian amounts as plain ones. */
async function planText(page: Page): Promise<string> {
  return (await page.locator('[data-testid="plan"]').innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

/** Opens a page by its address, as from a bookmark: the app is ready once its form is there. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${web.system.apiUrl}${path}`);
  await page.locator('#field-reference').waitFor({ timeout: 15_000 });
}

/**
 * The Jelgava social worker's new version of a participant's plan, the same services again with a reason, stored
 * over the revision read as the staff pages store it.
 */
async function revise(reference: string, reason: string): Promise<void> {
  const ports = await getPorts();
  const key = { roundId: DEMO_YEAR_ROUND_ID, municipalityCode: 'LV-JEL', reference };
  const [plan, serviceYear] = await Promise.all([ports.supportPlans.get(key), ports.serviceYears.get(key.roundId)]);
  if (!plan || !serviceYear) throw new Error('The demo year has no such plan');
  const { goals, startDate, services } = currentVersion(plan);
  const at = web.system.clock.now().toISOString();
  const made = newPlanVersion(
    { goals, startDate, reason, services: services.map(({ unitPriceCents: _price, ...service }) => service) },
    plan,
    {
      serviceYear,
      municipalityCode: key.municipalityCode,
      at,
      by: { subject: 's', username: 'jelgava', displayName: 'J' },
    },
  );
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  const audit = { id: randomUUID(), at, action: 'note.add' as const, ...key, outcome: 'succeeded' as const };
  await ports.supportPlans.save({ ...plan, versions: [...plan.versions, made.value] }, { isNew: false, audit });
}

async function lookUp(page: Page, access: { reference: string; accessCode: string }): Promise<void> {
  await typeInto(page, 'field-reference', access.reference);
  await typeInto(page, 'field-accessCode', access.accessCode);
  await pressSubmit(page);
}

describe('the participant’s plan page', () => {
  it('opens from the status page, reads in Latvian and English, and takes the agreement online', async () => {
    const anna = year.participants[0] as DemoYear['participants'][number];
    const page = await newPage(web.browser);
    await open(page, '/status');
    await lookUp(page, anna);
    await page.locator('[data-testid="outcome"]').waitFor({ timeout: 15_000 });
    await checkPage(page, 'lv-status-participant');

    await activate(page, 'Skatīt atbalsta plānu');
    await waitForPage(page, '/status/plan');
    await page.locator('[data-testid="plan"]').waitFor({ timeout: 15_000 });
    // The number and code came from the status page, in memory: never in the address.
    expect(page.url()).toBe(`${web.system.apiUrl}/status/plan`);
    const lv = await planText(page);
    expect(lv.indexOf('Gribu pati iepirkties veikalā.')).toBeLessThan(lv.indexOf('Gribu mazāk uztraukties.'));
    for (const words of [
      'Man patīk dienas centrs.',
      'Dienas aprūpes centrs',
      'Biedrība "Bauska kopienas centrs"',
      '+371 60000010',
      '8 dienas mēnesī',
      '2 apmeklējumi mēnesī',
      '12 mēneši',
      '112,00 €',
      'Jūs vēl neesat piekrituši šim plānam.',
      'Vai plāns jums der?',
      'Ja gribat plānu mainīt',
    ]) {
      expect(lv).toContain(words);
    }
    // Latvian groups thousands only from five digits on, in some browsers: either way is right.
    expect(lv).toMatch(/Budžets visam plānam\s+4 ?800,00 €/);
    expect(lv).toMatch(/Plāns maksā\s+3 ?024,00 €/);
    expect(lv).toMatch(/Kopā\s+Atlicis 2 ?387,00 € no 3 ?024,00 €/);
    expect(lv).toMatch(/\d{4}\. gada [a-zāēīū]+\n/);
    // "Your social worker", never who: no staff member's name or username.
    const worker = STAFF_DEMO_ACCOUNTS.find((account) => account.username === 'bauska');
    expect(lv).not.toContain(worker?.name);
    expect(lv).not.toContain('Anna lūdza');
    await checkPage(page, 'lv-plan');

    await page.getByRole('button', { name: 'English' }).click();
    await waitUntil(page, `document.documentElement.lang === 'en'`);
    const en = await planText(page);
    for (const words of [
      'Your goals',
      'Day care centre',
      '8 days a month',
      '2 visits a month',
      '€112.00',
      '€3,024.00',
      '€2,387.00 left of €3,024.00',
      'You have not agreed to this plan yet.',
      'If you want to change the plan',
    ]) {
      expect(en).toContain(words);
    }
    await checkPage(page, 'en-plan');

    await activate(page, 'I agree to the plan');
    await focusReaches(page, 'Thank you! You agreed to the plan. Your social worker will see it.');
    expect(await page.locator('[data-testid="agreement"]').innerText()).toMatch(
      /^You agreed to the plan on \d\d\.\d\d\.\d{4} at \d\d:\d\d on this page\.$/,
    );
    expect(await page.getByRole('button', { name: 'I agree to the plan' }).count()).toBe(0);
    await checkPage(page, 'en-plan-agreed');
  });

  it('shows the new plan instead of agreeing when the social worker changed it while the person read it', async () => {
    const oskars = year.participants[2] as DemoYear['participants'][number];
    await revise(oskars.reference, 'Vairāk darbnīcas dienu.');
    const page = await newPage(web.browser);
    await open(page, '/status/plan');
    await lookUp(page, oskars);
    await page.locator('[data-testid="plan"]').waitFor({ timeout: 15_000 });
    expect(await planText(page)).toContain('Jūs vēl neesat piekrituši šim plānam.');

    await revise(oskars.reference, 'Vēl viena izmaiņa.');
    await activate(page, 'Es piekrītu plānam');
    await waitUntil(page, focusOn('error-summary'), 15_000);
    expect(await page.locator('#error-summary').innerText()).toContain(
      'Sociālais darbinieks nupat mainīja jūsu plānu.',
    );
    await checkPage(page, 'lv-plan-changed-meanwhile');

    await activate(page, 'Es piekrītu plānam');
    await page.locator('[data-testid="agreed"]').waitFor({ timeout: 15_000 });
    const ports = await getPorts();
    const stored = await ports.supportPlans.get({
      roundId: DEMO_YEAR_ROUND_ID,
      municipalityCode: 'LV-JEL',
      reference: oskars.reference,
    });
    expect(stored?.versions.map((version) => version.agreement?.how)).toEqual(['paper', undefined, 'online']);
  });

  it('tells someone on the waiting list, on the plan page itself, that there is no plan yet', async () => {
    const page = await newPage(web.browser);
    await open(page, '/status/plan');
    await checkPage(page, 'lv-plan-lookup');
    await lookUp(page, year.waitlisted[0] as DemoYear['waitlisted'][number]);
    await focusReaches(page, 'Plāna vēl nav');
    expect(await page.locator('[data-testid="plan-not-ready"]').innerText()).toContain('Jums vēl nav atbalsta plāna.');
    await checkPage(page, 'lv-plan-not-ready');
  });

  it('reads a wrong access code as the status page does, at the number', async () => {
    const page = await newPage(web.browser);
    await open(page, '/status/plan');
    const { reference, accessCode } = year.participants[1] as DemoYear['participants'][number];
    await lookUp(page, {
      reference,
      accessCode: accessCode.startsWith('A') ? `B${accessCode.slice(1)}` : `A${accessCode.slice(1)}`,
    });
    await waitUntil(page, focusOn('error-summary'), 15_000);
    expect(await page.locator('#error-summary').innerText()).toContain('Pieteikumu neatradām.');
    await checkPage(page, 'lv-plan-wrong-code');
  });
});
