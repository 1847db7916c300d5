import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { auditProbe } from '../helpers/staff-client.ts';
import { storageProbe } from '../helpers/storage.ts';
import { focusOn } from '../helpers/web-forms.ts';
import {
  chooseRadio,
  focusReaches,
  pressSubmit,
  tick,
  typeInto,
  waitForPage,
  waitUntil,
} from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, openSignedIn, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The page of an application's data retention, by keyboard: a legal hold placed with its reason and lifted, and
 * the data erased at the person's request once the identity is ticked as checked. Two Bauska applications of the
 * demo round, whose results are not published: one is held and released, the other erased.
 */

const applicants = { held: '', erased: '' };

const file = webSystemForFile([]);

beforeAll(async () => {
  const api = apiClient(file.system.apiUrl);
  for (const [index, name] of (['held', 'erased'] as const).entries()) {
    const person = {
      ...validRequest().person,
      firstName: `Retention${index}`,
      personalCode: legacyPersonalCode(700 + index),
    };
    const created = await api.create('demo', validRequest({ person: { ...person, municipalityCode: 'LV-016' } }));
    expect(created.status).toBe(201);
    const { reference, accessCode } = created.body;
    expect(await api.upload(reference, accessCode, 'application-form', files.pdf(), 'iesniegums.pdf')).toBe(204);
    expect(await api.upload(reference, accessCode, 'disability-proof', files.png(), 'izzina.png')).toBe(204);
    expect((await api.submit(reference, accessCode)).status).toBe(200);
    applicants[name] = reference;
  }
});

/** Waits for the error summary to take focus, and for it to name the problem. */
async function errorSummarySays(page: Page, words: string) {
  await waitUntil(page, focusOn('error-summary'));
  expect(await page.locator('#error-summary').innerText()).toContain(words);
}

const stateText = (page: Page) => page.locator('[data-testid="retention-state"]').innerText();

async function openRetention(page: Page, reference: string) {
  await openSignedIn(page, file.system, 'bauska', `/office/applications/${reference}`);
  await page.getByRole('link', { name: 'Datu glabāšana un dzēšana' }).click();
  await waitForPage(page, `/office/applications/${reference}/retention`);
}

describe('the page of an application’s data retention', () => {
  it('puts the application on hold with a reason, which stops erasure, and lifts it again', async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    const reference = applicants.held;
    await openRetention(page, reference);
    expect(await stateText(page)).toContain('atlases rezultāti nav publicēti');
    await checkPage(page, 'retention-01-kept');

    await chooseRadio(page, 'hold.reason', 'Cits iemesls');
    await pressSubmit(page);
    await errorSummarySays(page, 'Uzrakstiet, kāpēc pieteikums jāaiztur.');
    await checkPage(page, 'retention-02-hold-needs-words');

    await chooseRadio(page, 'hold.reason', 'Lēmums ir pārsūdzēts');
    await typeInto(page, 'field-hold-note', 'Pārsūdzība Nr. 12, iesniegta administratīvo strīdu komisijā');
    await pressSubmit(page);
    await focusReaches(page, 'Pieteikums ir aizturēts.');
    expect(await page.locator('main').innerText()).toContain('Iemesls: Lēmums ir pārsūdzēts.');
    expect(await page.locator('[data-testid="erasure-refusal"]').innerText()).toContain('pieteikums ir aizturēts');
    expect(await page.getByRole('button', { name: 'Izdzēst personas datus' }).count()).toBe(0);
    await checkPage(page, 'retention-03-held');

    await page.getByRole('button', { name: 'Atcelt aizturēšanu' }).focus();
    await page.keyboard.press('Enter');
    await focusReaches(page, 'Pieteikums nav aizturēts.');
    expect(await page.getByRole('button', { name: 'Izdzēst personas datus' }).count()).toBe(1);
    const actions = (await auditProbe(file.system).entries())
      .filter((entry) => entry.reference === reference && entry.action.startsWith('hold.'))
      .map((entry) => [entry.action, entry.reason]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['hold.place', 'APPEAL'],
        ['hold.lift', undefined],
      ]),
    );
    await page.context().close();
  });

  it('erases the data at the person’s request once the identity is ticked as checked, and says so', async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    const reference = applicants.erased;
    const probe = storageProbe(file.system);
    await openRetention(page, reference);

    await page.getByRole('button', { name: 'Izdzēst personas datus' }).focus();
    await page.keyboard.press('Enter');
    await errorSummarySays(page, 'Atzīmējiet, ka pārbaudījāt personas identitāti.');
    await checkPage(page, 'retention-04-erasure-needs-identity');
    expect((await probe.objectKeys()).filter((key) => key.includes(reference))).not.toEqual([]);

    await tick(page, 'field-erasure-identityChecked');
    await page.getByRole('button', { name: 'Izdzēst personas datus' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[role="status"]', { hasText: 'Personas dati un dokumenti ir izdzēsti.' }).waitFor();
    await waitUntil(page, `document.activeElement && document.activeElement.dataset.testid === 'retention-state'`);
    expect(await stateText(page)).toContain('pēc personas lūguma');
    expect(await page.locator('main').innerText()).not.toContain('Retention1');
    await checkPage(page, 'retention-05-erased');

    expect((await probe.objectKeys()).filter((key) => key.includes(reference))).toEqual([]);
    expect(JSON.stringify(await probe.application(reference))).not.toContain('Retention1');
    await page.goto(`${file.system.apiUrl}/office/applications/${reference}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Datu glabāšana un dzēšana' }).count()).toBe(0);
    await page.context().close();
  });
});
