import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { apiClient } from '../helpers/api-client.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { activate, focused, typeInto, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { newPage, STAFF_VIEWPORT, signInByKeyboard, webSystemForFile } from '../helpers/web-system.ts';

/**
 * Bauska (LV-016), in order of receipt: Jānis Bērziņš, Anna Ozola, Ilze Ābele, and Jānis Bērziņš again with the
 * same personal code (a possible duplicate). Jelgava: Līga Bērziņa.
 */
const people = {
  berzins: { firstName: 'Jānis', lastName: 'Bērziņš', personalCode: legacyPersonalCode(700), reference: '' },
  ozola: { firstName: 'Anna', lastName: 'Ozola', personalCode: legacyPersonalCode(701), reference: '' },
  abele: { firstName: 'Ilze', lastName: 'Ābele', personalCode: legacyPersonalCode(702), reference: '' },
  again: { firstName: 'Jānis', lastName: 'Bērziņš', personalCode: legacyPersonalCode(700), reference: '' },
  jelgava: { firstName: 'Līga', lastName: 'Bērziņa', personalCode: legacyPersonalCode(703), reference: '' },
};

const file = webSystemForFile([]);
beforeAll(async () => {
  const api = apiClient(file.system.apiUrl);
  for (const [key, person] of Object.entries(people)) {
    const municipalityCode = key === 'jelgava' ? 'LV-JEL' : 'LV-016';
    const { reference: _, ...named } = person;
    person.reference = await api.applyOnline(
      'demo',
      validRequest({ person: { ...validRequest().person, ...named, municipalityCode } }),
    );
  }
  // The queue shows a submission once the table's stream has brought it there.
  await file.system.waitForIdle();
});

const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** The names in the queue's table, top to bottom. */
const namesShown = async (page: Page) =>
  (await page.locator('table:has(#queue-caption) tbody tr td:nth-child(3)').allInnerTexts()).map((name) => name.trim());

/** Every address the page asks for, to show that no search text is ever in one. */
function addressesOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => seen.push(request.url()));
  page.on('framenavigated', (frame) => seen.push(frame.url()));
  return seen;
}

/** Types into the search box and sends it with Enter, as a keyboard user does. */
async function searchFor(page: Page, words: string) {
  await typeInto(page, 'field-text', words);
  await page.keyboard.press('Enter');
}

/** The results heading has focus, so a screen reader reads it out at once. */
async function resultsHeadingFocused(page: Page, heading: string) {
  await waitUntil(page, focusOn('search-results-title'));
  expect((await focused(page))?.text).toBe(heading);
}

describe('the queue in the browser: search, sort and what waits', () => {
  it('a social worker sees what waits, searches by name and by personal code, and sorts', async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    const addresses = addressesOf(page);
    await page.goto(`${file.system.apiUrl}/office`);
    await waitForPage(page, '/office/sign-in');
    await signInByKeyboard(page, 'bauska', '/office');

    // The rounds page: what waits for Bauska in each round, each count leading to the filtered queue.
    const waiting = page.getByRole('list', { name: 'Jūsu pašvaldībā gaida:' });
    await waiting.waitFor();
    expect(await waiting.innerText()).toMatch(/Jāizskata: 3\s+Iespējams dublikāts: 1/);
    // The closed pilot round has nothing of Bauska's to review.
    await page.getByText('Nekas negaida izskatīšanu.').waitFor();
    await checkPage(page, 'queue-01-rounds-waiting');
    await activate(page, 'Jāizskata: 3');
    await waitForPage(page, '/office/rounds/demo');
    expect(new URL(page.url()).search).toBe('?state=to-review');
    expect(await text(page, '#queue-caption')).toContain('Jāizskata: 3 no 3');

    // By name, without the Latvian letters: both of Jānis Bērziņš's applications, and focus on the results.
    await searchFor(page, 'berzins');
    await resultsHeadingFocused(page, 'Meklēšanas rezultāti: 2');
    expect(await text(page, '#search-results-title + p')).toBe('Meklēts pēc vārda un uzvārda.');
    expect(await namesShown(page)).toEqual(['Jānis Bērziņš', 'Jānis Bērziņš']);
    expect(await page.getByRole('search', { name: 'Meklēt pieteikumus' }).count()).toBe(1);
    await checkPage(page, 'queue-02-search-by-name');

    // By personal code: Anna Ozola, and the code is in no address the page asked for or showed.
    await searchFor(page, people.ozola.personalCode);
    await resultsHeadingFocused(page, 'Meklēšanas rezultāti: 1');
    expect(await text(page, '#search-results-title + p')).toBe('Meklēts pēc personas koda.');
    expect(await namesShown(page)).toEqual(['Anna Ozola']);
    await checkPage(page, 'queue-03-search-by-code');

    // Jelgava's person is not Bauska's to find, not even by her exact personal code.
    await searchFor(page, people.jelgava.personalCode);
    await resultsHeadingFocused(page, 'Nekas nav atrasts');
    expect(await page.locator('table:has(#queue-caption)').count()).toBe(0);
    await checkPage(page, 'queue-04-nothing-found');

    // Part of a code finds nothing by design: the box says what to type.
    await searchFor(page, people.ozola.personalCode.slice(0, 8));
    await waitUntil(page, focusOn('error-summary'));
    expect(await text(page, '#error-summary')).toContain('visu personas kodu (11 cipari)');
    await checkPage(page, 'queue-05-search-refused');

    // A search opened and left: the back button returns to the same results, and clearing them to the queue.
    await searchFor(page, 'ozola');
    await resultsHeadingFocused(page, 'Meklēšanas rezultāti: 1');
    await page.getByRole('link', { name: people.ozola.reference }).click();
    await waitForPage(page, `/office/applications/${people.ozola.reference}`);
    await page.goBack();
    await waitForPage(page, '/office/rounds/demo');
    await page.getByRole('heading', { name: 'Meklēšanas rezultāti: 1' }).waitFor();
    expect(await page.inputValue('#field-text')).toBe('ozola');
    await activate(page, 'Notīrīt meklēšanu');
    await waitUntil(page, focusOn('field-text'));
    expect(await page.inputValue('#field-text')).toBe('');
    expect(await text(page, '#queue-caption')).toContain('Jāizskata: 3 no 3');

    for (const address of addresses) {
      for (const person of Object.values(people)) {
        expect(address).not.toContain(person.personalCode.slice(0, 6));
      }
      expect(address.toLowerCase()).not.toContain('berzins');
      expect(address.toLowerCase()).not.toContain('ozola');
    }

    // Sorting: by surname (Ā sorts with A, before B), then by state with what waits first. The order is in the
    // address; the sorted column is marked for screen readers.
    await page.goto(`${file.system.apiUrl}/office/rounds/demo`);
    await page.locator('#queue-caption', { hasText: 'Pieteikumi atlases secībā. Visi: 4 no 4.' }).waitFor();
    await page.selectOption('#field-sort', 'name');
    await activate(page, 'Kārtot');
    await page.waitForURL((url) => url.search === '?sort=name');
    await page.locator('#queue-caption', { hasText: 'Pieteikumi pēc uzvārda. Visi: 4 no 4.' }).waitFor();
    expect(await namesShown(page)).toEqual(['Ilze Ābele', 'Jānis Bērziņš', 'Jānis Bērziņš', 'Anna Ozola']);
    expect(await page.getAttribute('th[aria-sort]', 'aria-sort')).toBe('ascending');
    expect(await text(page, 'th[aria-sort]')).toBe('Vārds, uzvārds');
    await checkPage(page, 'queue-06-sorted-by-name');

    await page.selectOption('#field-sort', 'state');
    await activate(page, 'Kārtot');
    await page.waitForURL((url) => url.search === '?sort=state');
    await page.locator('#queue-caption', { hasText: 'pēc stāvokļa' }).waitFor();
    const states = await page.locator('table:has(#queue-caption) tbody tr td:nth-child(6)').allInnerTexts();
    expect(states.map((state) => state.split('\n')[0]?.trim())).toEqual([
      'Jāizskata',
      'Jāizskata',
      'Jāizskata',
      'Iespējams dublikāts',
    ]);

    // The search follows the order chosen.
    await searchFor(page, 'berzins');
    await resultsHeadingFocused(page, 'Meklēšanas rezultāti: 2');
    const states2 = await page.locator('table:has(#queue-caption) tbody tr td:nth-child(6)').allInnerTexts();
    expect(states2.map((state) => state.split('\n')[0]?.trim())).toEqual(['Jāizskata', 'Iespējams dublikāts']);
  });

  it('an administrator sees who to chase and opens that municipality’s queue', async () => {
    const page = await newPage(file.browser, STAFF_VIEWPORT);
    await page.goto(`${file.system.apiUrl}/office`);
    await waitForPage(page, '/office/sign-in');
    await signInByKeyboard(page, 'admin', '/office');

    const table = page.locator('table:has(#who-to-chase-demo)');
    const bauska = table.getByRole('link', { name: 'Bauskas novada pašvaldība' });
    await bauska.waitFor();
    await page.getByText('Visās pašvaldībās gaida izskatīšanu: 5.').waitFor();
    // The closed pilot round has nothing waiting anywhere: no table of noughts.
    await page.getByText('Nevienā pašvaldībā nekas negaida izskatīšanu.').waitFor();
    expect(await page.locator('table:has(#who-to-chase-pilot-2019)').count()).toBe(0);
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(10);
    // The most waiting first: Bauska (3 to review, 1 possible duplicate), then Jelgava.
    expect(rows[0]?.split('\t').map((cell) => cell.trim())).toEqual(['Bauskas novada pašvaldība', '3', '1', '4']);
    expect(rows[1]?.split('\t').map((cell) => cell.trim())).toEqual(['Jelgavas pilsētas pašvaldība', '1', '0', '1']);
    await checkPage(page, 'queue-07-who-to-chase');

    await bauska.focus();
    await page.keyboard.press('Enter');
    await waitForPage(page, '/office/rounds/demo');
    expect(new URL(page.url()).search).toBe('?municipality=LV-016');
    expect(await text(page, '#queue-caption')).toContain('Visi: 4 no 4');

    // The administrator's search stays in the municipality chosen.
    await searchFor(page, 'berzin');
    await resultsHeadingFocused(page, 'Meklēšanas rezultāti: 2');
    expect(await namesShown(page)).toEqual(['Jānis Bērziņš', 'Jānis Bērziņš']);
    await checkPage(page, 'queue-08-admin-search');
  });
});
