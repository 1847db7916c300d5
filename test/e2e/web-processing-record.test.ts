import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { DATA_CATEGORIES } from '../../shared/domain/processing-categories.ts';
import { localDateTime } from '../../shared/domain/riga-time.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type { ProcessingRecordResponse } from '../../shared/schemas/processing-record.ts';
import { auditProbe } from '../helpers/staff-client.ts';
import { activate, waitForPage } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPageOnHostClock, openSignedIn, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The record of processing activities: over the API, administrators only, every reading audited; in a real browser,
 * reached from the administrator's navigation by keyboard, read in Latvian and English with no axe violations, and
 * printed as the record alone. The local system holds the demo round and the 2019 pilot.
 */

const PATH = '/staff/processing-record';
const PAGE = '/office/records-of-processing';

const file = webSystemForFile(['bauska', 'admin'] as const);

async function auditEntryOf(requestId: string): Promise<AuditEntry | undefined> {
  return (await auditProbe(file.system).entries()).find((entry) => entry.id === requestId);
}

/** The administrator's latest reading of the record, as the audit log keeps it. */
async function latestReading(): Promise<AuditEntry> {
  const readings = (await auditProbe(file.system).entries())
    .filter((entry) => entry.action === 'processing-record.read' && entry.outcome === 'succeeded')
    .sort((a, b) => a.at.localeCompare(b.at));
  const latest = readings.at(-1);
  if (!latest) throw new Error('No reading of the record is in the audit log');
  return latest;
}

describe('the record of processing over the API', () => {
  it('gives an administrator the record of the declarations, the stored rounds and the region, and audits it', async () => {
    const before = file.system.clock.now();
    const answer = await file.staff.call<ProcessingRecordResponse>(file.tokens.admin, 'GET', PATH);
    const after = file.system.clock.now();

    expect(answer.status).toBe(200);
    const record = answer.body;
    expect(record).toMatchObject({ region: 'eu-north-1', codeVersion: packageJson.version });
    expect(Date.parse(record.generatedAt)).toBeGreaterThanOrEqual(before.getTime());
    expect(Date.parse(record.generatedAt)).toBeLessThanOrEqual(after.getTime());
    expect(record.categories.map(({ id }) => id)).toEqual(DATA_CATEGORIES.map(({ id }) => id));
    expect(record.rounds.map(({ id, retention }) => ({ id, retention }))).toEqual([
      { id: 'demo', retention: { draftDays: 30, notSelectedDays: 30, participantDays: 30 } },
      { id: 'pilot-2019', retention: { draftDays: 30, notSelectedDays: 365, participantDays: 365 } },
    ]);
    expect(record.stores.find(({ id }) => id === 'documents-bucket')?.region).toBe('eu-north-1');

    expect(await auditEntryOf(answer.requestId)).toMatchObject({
      action: 'processing-record.read',
      outcome: 'succeeded',
      actor: { username: 'admin', role: 'administrator' },
    });
  });

  it.each([
    { who: 'a social worker', token: () => file.tokens.bauska, status: 403, code: 'STAFF_ROLE_FORBIDDEN' },
    { who: 'nobody signed in', token: () => undefined, status: 401, code: 'STAFF_SIGN_IN_REQUIRED' },
  ])('refuses $who ($status) with nothing of the record, and audits the refusal', async ({ token, status, code }) => {
    const answer = await file.staff.call<{ error: { code: string } }>(token(), 'GET', PATH);

    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body).not.toHaveProperty('categories');
    expect(await auditEntryOf(answer.requestId)).toMatchObject({
      action: 'processing-record.read',
      outcome: 'refused',
      reason: code,
    });
  });
});

async function staffNavigationVisible(page: Page): Promise<boolean> {
  return page.locator('.staff-bar').isVisible();
}

describe('the records-of-processing page', () => {
  it('an administrator opens it from the navigation by keyboard, reads it in Latvian and English, and prints it', async () => {
    const page = await newPageOnHostClock(file.browser, file.system);
    await openSignedIn(page, file.system, 'admin', '/office');
    await activate(page, 'Apstrādes reģistrs');
    await waitForPage(page, PAGE);
    const record = page.getByTestId('processing-record');
    await record.waitFor();

    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Personas datu apstrādes darbību reģistrs',
    );
    const generated = localDateTime((await latestReading()).at);
    const facts = await page.getByTestId('record-facts').innerText();
    expect(facts).toContain(`${generated.date} plkst. ${generated.time}`);
    expect(facts).toContain('eu-north-1');
    expect(facts).toContain(packageJson.version);
    const health = await page.getByTestId('category-health').innerText();
    expect(health).toContain('Veselības dati');
    expect(health).toContain('VDAR 9. panta 2. punkta b) apakšpunkts');
    expect(health).toContain('application:person.disabilityGroup');
    const rounds = page.getByTestId('record-rounds');
    await expect(rounds.getByRole('row', { name: /Demonstrācijas kārta/ }).innerText()).resolves.toMatch(
      /30 dienas\s+30 dienas\s+30 dienas/,
    );
    await expect(rounds.getByRole('row', { name: /izmēģinājumprojekts 2019/ }).innerText()).resolves.toMatch(
      /01\.08\.2019–16\.08\.2019\s+30 dienas\s+365 dienas\s+365 dienas/,
    );
    await checkPage(page, 'records-of-processing-lv');

    await activate(page, 'English', { backwards: true });
    await page.getByRole('heading', { level: 1, name: 'Records of processing activities' }).waitFor();
    expect(await page.getByTestId('record-facts').innerText()).toContain(`${generated.date} at ${generated.time}`);
    await expect(page.getByTestId('category-health').innerText()).resolves.toContain('GDPR Art. 9(2)(b)');
    await expect(rounds.getByRole('row', { name: /Demo round/ }).innerText()).resolves.toMatch(
      /30 days\s+30 days\s+30 days/,
    );
    await checkPage(page, 'records-of-processing-en');

    // On paper: the record and its notice, without the navigation and the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await staffNavigationVisible(page)).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await record.isVisible()).toBe(true);
    await page.context().close();
  });

  it('a social worker has no way to it in the navigation, and its address says it is for administrators', async () => {
    const page = await newPageOnHostClock(file.browser, file.system);
    await openSignedIn(page, file.system, 'bauska', '/office');
    expect(await staffNavigationVisible(page)).toBe(true);
    expect(await page.getByRole('link', { name: 'Apstrādes reģistrs' }).count()).toBe(0);

    await page.goto(`${file.system.apiUrl}${PAGE}`);
    await page.getByText('Šo lapu var atvērt tikai administrators.').waitFor();
    expect(await page.getByTestId('processing-record').count()).toBe(0);
    await page.context().close();
  });
});
