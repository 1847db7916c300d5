import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusOn, typeEach } from '../helpers/web-forms.ts';
import { activate, focused, pressSubmit, typeInto, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, openSignedIn, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The administrators' round editor in a real browser, by keyboard only: a new round is created through the
 * form, its rules page shows it, an edit with the last day before the first is refused next to the field, and a
 * social worker is not offered the editor. The tests build on one another in order.
 */

const ROUND = 'web-editor-round';
/** Next year, so the new round's intake has not opened and its rules can still change. */
const YEAR = new Date().getUTCFullYear() + 1;

const file = webSystemForFile([]);

const summaryFocused = focusOn('error-summary');

/** Types into the boxes of one row of a list, `municipalities-1`: each box's id is `field-{row}-{box}`. */
const typeRow = (page: Page, row: string, boxes: Record<string, string>) =>
  typeEach(page, Object.fromEntries(Object.entries(boxes).map(([box, text]) => [`field-${row}-${box}`, text])));

let adminPage: Page;

describe('the round editor in the browser', () => {
  it('an administrator creates a round with two municipalities and a criterion, and sees its rules', async () => {
    adminPage = await newPage(file.browser, STAFF_VIEWPORT);
    const page = adminPage;
    await openSignedIn(page, file.system, 'admin', '/office');
    await page.getByRole('heading', { level: 1, name: 'Izvēlieties kārtu' }).waitFor();
    await activate(page, 'Jauna kārta');
    await waitForPage(page, '/office/rounds/new');
    await page.getByRole('heading', { level: 1, name: 'Jauna kārta' }).waitFor();
    // The documents are the demo round's, shown and not edited.
    await page.locator('[data-testid="required-documents"] li').first().waitFor();
    expect(await page.locator('[data-testid="required-documents"] li').count()).toBe(2);
    expect(await page.locator('#field-window-timeZone, input[name="window.timeZone"]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Europe/Riga');
    await checkPage(page, 'round-editor-01-new');

    await typeEach(page, {
      'field-roundId': ROUND,
      'field-name-lv': 'Pārbaudes kārta',
      'field-name-en': 'Test round',
      'field-whoMayApply-lv': 'Pilngadīgas personas ar invaliditāti.',
      'field-whoMayApply-en': 'Adults with a disability.',
      'field-window-firstDay': `01.03.${YEAR}`,
      'field-window-lastDay': `31.03.${YEAR}`,
    });
    await typeRow(page, 'municipalities-0', {
      code: 'LV-016',
      'name-lv': 'Bauskas novada pašvaldība',
      'name-en': 'Bauska Municipality',
      cap: '4',
    });
    // "Add municipality" puts the keyboard focus in the new row.
    await activate(page, 'Pievienot pašvaldību');
    await waitUntil(page, focusOn('field-municipalities-1-code'));
    await typeRow(page, 'municipalities-1', {
      code: 'LV-JEL',
      'name-lv': 'Jelgavas valstspilsētas pašvaldība',
      'name-en': 'Jelgava State City Municipality',
      cap: '2',
    });
    await activate(page, 'Pievienot kritēriju');
    await waitUntil(page, focusOn('field-criteria-0-id'));
    await typeRow(page, 'criteria-0', {
      id: 'support-need',
      'name-lv': 'Atbalsta vajadzība',
      'name-en': 'Need for support',
      maxPoints: '10',
    });
    await typeEach(page, {
      'field-retention-notSelectedDays': '30',
      'field-retention-participantDays': '365',
    });
    await checkPage(page, 'round-editor-02-filled');
    await pressSubmit(page);

    await waitForPage(page, `/office/rounds/${ROUND}/rules`);
    await page.getByRole('heading', { level: 1, name: 'Kārtas noteikumi' }).waitFor();
    const rules = await page.locator('main').innerText();
    expect(rules).toContain('Pārbaudes kārta');
    expect(rules).toContain(`No 01.03.${YEAR} plkst. 00:00 līdz 31.03.${YEAR} plkst. 23:59`);
    expect(rules).toContain('Bauskas novada pašvaldība');
    expect(rules).toContain('Jelgavas valstspilsētas pašvaldība');
    expect(rules).toContain('Atbalsta vajadzība');
    expect(rules).toContain('Personām, kuras vietu nesaņēma: 30 dienas pēc rezultātu publicēšanas.');
    expect(rules).toContain('Dalībniekiem: 365 dienas pēc pakalpojumu gada beigām.');
    expect(rules).toContain('30 dienas');

    // What the public reads back is what was sent, with the demo round's documents.
    const answer = await fetch(`${file.system.apiUrl}/rounds/${ROUND}`);
    const round = (await answer.json()) as {
      municipalities: { code: string; cap: number }[];
      criteria: { id: string; maxPoints: number }[];
      requiredDocuments: { type: string }[];
      window: { timeZone: string };
    };
    expect(round.municipalities.map(({ code, cap }) => [code, cap])).toEqual([
      ['LV-016', 4],
      ['LV-JEL', 2],
    ]);
    expect(round.criteria).toEqual([expect.objectContaining({ id: 'support-need', maxPoints: 10 })]);
    expect(round.requiredDocuments.map((document) => document.type)).toEqual(['application-form', 'disability-proof']);
    expect(round.window.timeZone).toBe('Europe/Riga');
  });

  it('an edit with the last day before the first is refused next to the field', async () => {
    const page = adminPage;
    await activate(page, 'Labot noteikumus');
    await waitForPage(page, `/office/rounds/${ROUND}/rules/edit`);
    await page.getByRole('heading', { level: 1, name: 'Kārtas noteikumu labošana' }).waitFor();
    expect(await page.inputValue('#field-name-lv')).toBe('Pārbaudes kārta');
    expect(await page.inputValue('#field-municipalities-1-code')).toBe('LV-JEL');
    await checkPage(page, 'round-editor-03-edit');

    await typeInto(page, 'field-window-lastDay', `01.02.${YEAR}`);
    await pressSubmit(page);
    await waitUntil(page, summaryFocused);
    const message = 'Pēdējā pieteikšanās diena ir pirms pirmās dienas';
    expect(await page.locator('#error-summary').innerText()).toContain(message);
    expect(await page.locator('#field-window-lastDay-error').innerText()).toContain(message);
    expect(await page.getAttribute('#field-window-lastDay', 'aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe(`/office/rounds/${ROUND}/rules/edit`);
    await checkPage(page, 'round-editor-04-refused');

    // The summary's one link, the first stop after it, leads to the field.
    await page.keyboard.press('Tab');
    expect((await focused(page))?.text).toContain(message);
    await page.keyboard.press('Enter');
    await waitUntil(page, focusOn('field-window-lastDay'));
  });

  it('a social worker is not offered the editor', async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await openSignedIn(page, file.system, 'bauska', `/office/rounds/${ROUND}/rules`);
    await page.getByRole('heading', { level: 1, name: 'Kārtas noteikumi' }).waitFor();
    await page.locator('main', { hasText: 'Bauskas novada pašvaldība' }).waitFor();
    expect(await page.getByRole('link', { name: 'Labot noteikumus' }).count()).toBe(0);

    await page.goto(`${file.system.apiUrl}/office/rounds/${ROUND}/rules/edit`);
    await page.getByText('Šo lapu var atvērt tikai administrators', { exact: false }).waitFor();
    expect(await page.locator('input[name="window.lastDay"]').count()).toBe(0);
  });
});
