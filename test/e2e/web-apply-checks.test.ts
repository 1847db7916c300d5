import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../shared/http/messages.ts';
import { legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { activate, pressSubmit, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { answerUpToPerson, checkPage, descriptionOf } from '../helpers/web-pages.ts';
import { newPage, webSystemForFile } from '../helpers/web-system.ts';

const file = webSystemForFile([]);

/** The server's words for a wrong answer, as its request checks and the rules of the call answer them. */
const serverWords = {
  tooLong: (field: string, limit: number) =>
    `Teksts laukā „${field}” ir par garu. Rakstzīmju skaits nedrīkst pārsniegt ${limit}. Lūdzu, saīsiniet to.`,
  email: (field: string) =>
    `Laukā „${field}” nav derīgas e-pasta adreses. Derīga adrese izskatās šādi: anna@example.com.`,
  phone: (field: string) =>
    `Lauks „${field}” nav pareizā formā. Ierakstiet no 8 līdz 20 cipariem. Drīkst lietot atstarpes un + sākumā.`,
  personalCode: messages.PERSONAL_CODE_MALFORMED.lv,
  personalCodeDate: messages.PERSONAL_CODE_DATE_INVALID.lv,
  dateOfBirth: messages.DATE_OF_BIRTH_INVALID.lv,
};

/**
 * "Continue" with wrong answers: the page stays, the error summary takes the focus and lists exactly `expected`,
 * each entry a link to its field, and each field is marked invalid and says the same words next to it.
 */
async function expectErrorsHere(page: Page, pathname: string, expected: Record<string, string>) {
  await pressSubmit(page);
  await waitUntil(page, focusOn('error-summary'));
  expect(new URL(page.url()).pathname).toBe(pathname);
  const links = await page
    .locator('#error-summary li a')
    .evaluateAll((anchors) =>
      anchors.map((anchor) => [anchor.getAttribute('href'), (anchor.textContent ?? '').trim()] as const),
    );
  expect(Object.fromEntries(links)).toEqual(
    Object.fromEntries(Object.entries(expected).map(([id, message]) => [`#${id}`, message])),
  );
  for (const [id, message] of Object.entries(expected)) {
    expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
    // The field's own message (read out with it) says the same words as the summary.
    expect((await page.locator(`#${id}-error`).innerText()).replace(/\s+/g, ' ')).toContain(message);
    const describedBy = id === 'field-person-dateOfBirth' ? `fieldset:has(#${id})` : `#${id}`;
    expect(await descriptionOf(page, describedBy)).toContain(message);
  }
}

async function fill(page: Page, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) await page.fill(`#${id}`, value);
}

describe('each answer is checked on its own page, by the server’s rules and in its words', () => {
  it('for someone else, in Latvian: a wrong value in every field stops on its page, never reaching consent', async () => {
    const page = await newPage(file.browser);
    const pagesSeen: string[] = [];
    const sent: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) pagesSeen.push(new URL(frame.url()).pathname);
    });
    page.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    // Client-side routing changes the address without a navigation event: record it as well.
    const where = () => new URL(page.url()).pathname;

    await answerUpToPerson(page, file.system, { applicant: 'Es piesakos citas personas vārdā' });

    // The representative: a name too long, an e-mail with two @, a phone number of two digits.
    await waitForPage(page, '/apply/demo/representative');
    await fill(page, {
      'field-representative-firstName': 'J'.repeat(101),
      'field-representative-lastName': 'Bērziņš',
      'field-representative-email': 'janis@@example',
      'field-representative-phone': '12',
    });
    await page.getByLabel('Es esmu personas aizgādnis').check();
    await expectErrorsHere(page, '/apply/demo/representative', {
      'field-representative-firstName': serverWords.tooLong('pārstāvja vārds', 100),
      'field-representative-email': serverWords.email('pārstāvja e-pasts'),
      'field-representative-phone': serverWords.phone('pārstāvja tālrunis'),
    });
    await checkPage(page, 'lv-check-01-representative');
    await fill(page, {
      'field-representative-firstName': 'Jānis',
      'field-representative-lastName': 'B'.repeat(101),
      'field-representative-email': 'janis@example',
      'field-representative-phone': '+371 200',
    });
    await expectErrorsHere(page, '/apply/demo/representative', {
      'field-representative-lastName': serverWords.tooLong('pārstāvja uzvārds', 100),
      'field-representative-email': serverWords.email('pārstāvja e-pasts'),
      'field-representative-phone': serverWords.phone('pārstāvja tālrunis'),
    });
    await fill(page, {
      'field-representative-lastName': 'Bērziņš',
      'field-representative-email': `janis-${Date.now()}@example.lv`,
      'field-representative-phone': '+371 20000000',
    });
    await page.getByRole('button', { name: 'Turpināt' }).click();

    // The person: a personal code of the wrong shape, one whose date does not exist, names too long.
    await waitForPage(page, '/apply/demo/person');
    await fill(page, {
      'field-person-firstName': 'A'.repeat(101),
      'field-person-lastName': 'B'.repeat(101),
      'field-person-personalCode': '12345',
    });
    await expectErrorsHere(page, '/apply/demo/person', {
      'field-person-firstName': serverWords.tooLong('vārds', 100),
      'field-person-lastName': serverWords.tooLong('uzvārds', 100),
      'field-person-personalCode': serverWords.personalCode,
    });
    await checkPage(page, 'lv-check-02-person');
    await fill(page, {
      'field-person-firstName': 'Anna',
      'field-person-lastName': 'Bērziņa',
      'field-person-personalCode': '311399-12345',
    });
    await expectErrorsHere(page, '/apply/demo/person', { 'field-person-personalCode': serverWords.personalCodeDate });
    await fill(page, { 'field-person-personalCode': '1'.repeat(21) });
    await expectErrorsHere(page, '/apply/demo/person', {
      'field-person-personalCode': serverWords.tooLong('personas kods', 20),
    });

    // A new personal code asks for the date of birth: month 13, then 29 February of 2019, then a date to come.
    await fill(page, { 'field-person-personalCode': '321234-56789' });
    await fill(page, {
      'field-person-dateOfBirth': '1',
      'field-person-dateOfBirth-month': '13',
      'field-person-dateOfBirth-year': '1990',
    });
    await expectErrorsHere(page, '/apply/demo/person', { 'field-person-dateOfBirth': serverWords.dateOfBirth });
    expect(serverWords.dateOfBirth).toContain('dienu, mēnesi un gadu');
    await checkPage(page, 'lv-check-03-date-of-birth');
    await fill(page, { 'field-person-dateOfBirth': '29', 'field-person-dateOfBirth-month': '2' });
    await fill(page, { 'field-person-dateOfBirth-year': '2019' });
    await expectErrorsHere(page, '/apply/demo/person', { 'field-person-dateOfBirth': serverWords.dateOfBirth });
    await fill(page, { 'field-person-dateOfBirth-year': String(new Date().getUTCFullYear() + 1) });
    await expectErrorsHere(page, '/apply/demo/person', { 'field-person-dateOfBirth': serverWords.dateOfBirth });
    // A legacy code carries the date, so the boxes go away.
    await fill(page, { 'field-person-personalCode': legacyPersonalCode(301) });
    expect(await page.locator('#field-person-dateOfBirth').count()).toBe(0);
    await page.getByRole('button', { name: 'Turpināt' }).click();

    // The person's contact details: optional here, but what is given must be right.
    await waitForPage(page, '/apply/demo/contact');
    await fill(page, { 'field-contact-email': 'anna@@example', 'field-contact-phone': '12' });
    await expectErrorsHere(page, '/apply/demo/contact', {
      'field-contact-email': serverWords.email('e-pasts'),
      'field-contact-phone': serverWords.phone('tālrunis'),
    });
    await checkPage(page, 'lv-check-04-contact');
    // The same words in English, from the same source.
    await activate(page, 'English', { backwards: true });
    await page.getByText('The field “e-mail” is not a valid e-mail address.').first().waitFor();
    expect(await page.locator('#field-contact-phone-error').innerText()).toContain(
      'The field “phone” is not in the right form. Write 8 to 20 digits.',
    );
    await checkPage(page, 'en-check-04-contact');
    await activate(page, 'Latviski');
    expect(pagesSeen.concat(where())).not.toContain('/apply/demo/consent');

    await fill(page, { 'field-contact-email': '', 'field-contact-phone': '' });
    await page.getByRole('button', { name: 'Turpināt' }).click();
    await waitForPage(page, '/apply/demo/consent');
    // Nothing was sent to the server on the way: every check was the page's own.
    expect(sent).toEqual([]);
  });
});
