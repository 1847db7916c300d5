import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AMZ_JSON } from '../../infra/local/sign-in/cognito-protocol.ts';
import {
  FIRST_SIGN_IN_TEMPORARY_PASSWORD,
  FIRST_SIGN_IN_USERNAME,
  nextCode,
  wrongCode,
} from '../helpers/staff-sign-in-steps.ts';
import { focusOn } from '../helpers/web-forms.ts';
import { activate, focused, pressSubmit, typeInto, waitForPage, waitUntil } from '../helpers/web-keyboard.ts';
import { checkPage, descriptionOf } from '../helpers/web-pages.ts';
import { newPage, STAFF_VIEWPORT, webSystemForFile } from '../helpers/web-system.ts';

const NEW_PASSWORD = 'Jelgava-mana-parole-7';

let page: Page;

const file = webSystemForFile([]);
beforeAll(async () => {
  page = await newPage(file.browser, STAFF_VIEWPORT);
});

/** Waits for the sign-in to show its next step: focus on the step's heading, which says what it asks. */
async function waitForStep(heading: string) {
  await waitUntil(
    page,
    `document.activeElement && document.activeElement.id === 'page-heading' && ` +
      `document.activeElement.textContent === ${JSON.stringify(heading)}`,
  );
  expect(new URL(page.url()).pathname).toBe('/office/sign-in');
}

/** Waits for the error summary to take focus, and gives its text. */
async function errorSummary(): Promise<string> {
  await waitUntil(page, focusOn('error-summary'));
  return page.locator('#error-summary').innerText();
}

async function signInWithPassword(username: string, password: string) {
  await typeInto(page, 'field-username', username);
  await typeInto(page, 'field-password', password);
  await pressSubmit(page);
}

const storedToken = () => page.evaluate<string | null>(`sessionStorage.getItem('staff-id-token')`);

/** The key the set-up page gives, read from its otpauth:// link. */
async function keyFromLink(): Promise<string> {
  const href = (await page.getAttribute('[data-testid="authenticator-link"]', 'href')) as string;
  const url = new URL(href);
  expect(url.protocol).toBe('otpauth:');
  return url.searchParams.get('secret') as string;
}

// One person, in order: the first sign-in, then later ones with the app set up there.
describe('a new social worker signs in for the first time, by keyboard alone', () => {
  let secret: string;
  let usedStep: number;

  it('chooses a new password in place of the temporary one, seeing the rules and the pool’s refusal', async () => {
    await page.goto(`${file.system.apiUrl}/office`);
    await waitForPage(page, '/office/sign-in');
    await signInWithPassword(FIRST_SIGN_IN_USERNAME, FIRST_SIGN_IN_TEMPORARY_PASSWORD);

    await waitForStep('Izvēlieties jaunu paroli');
    expect(await page.title()).toBe('Izvēlieties jaunu paroli – Pieteikumi sociālajiem pakalpojumiem: darbiniekiem');
    expect(await storedToken()).toBeNull();
    expect(await descriptionOf(page, '#field-newPassword')).toBe(
      'Vismaz 12 rakstzīmes, tajā skaitā mazais burts, lielais burts, cipars un simbols, piemēram, ! ? @ # - _ .',
    );
    expect(await page.getAttribute('#field-newPassword', 'autocomplete')).toBe('new-password');
    await checkPage(page, 'staff-mfa-01-new-password');

    // Too short, checked before sending; then different in the two boxes.
    await typeInto(page, 'field-newPassword', 'Īsa-1');
    await typeInto(page, 'field-newPasswordAgain', 'Īsa-2');
    await pressSubmit(page);
    const summary = await errorSummary();
    expect(summary).toContain('Parolē jābūt vismaz 12 rakstzīmēm.');
    expect(summary).toContain('Abas paroles nav vienādas.');
    expect(await descriptionOf(page, '#field-newPassword')).toContain('Parolē jābūt vismaz 12 rakstzīmēm.');
    expect(await page.getAttribute('#field-newPassword', 'aria-invalid')).toBe('true');

    // The temporary password again passes the rules here, and the user pool refuses it.
    await typeInto(page, 'field-newPassword', FIRST_SIGN_IN_TEMPORARY_PASSWORD);
    await typeInto(page, 'field-newPasswordAgain', FIRST_SIGN_IN_TEMPORARY_PASSWORD);
    await pressSubmit(page);
    expect(await errorSummary()).toContain('Šī parole jau ir lietota. Izvēlieties citu.');
    expect(await descriptionOf(page, '#field-newPassword')).toContain('Šī parole jau ir lietota.');
    await checkPage(page, 'staff-mfa-02-new-password-refused');

    await typeInto(page, 'field-newPassword', NEW_PASSWORD);
    await typeInto(page, 'field-newPasswordAgain', NEW_PASSWORD);
    await pressSubmit(page);
    await waitForStep('Iestatiet autentifikatora lietotni');
  });

  it('sets up the authenticator app with the key shown as text and as a link, after one wrong code', async () => {
    secret = await keyFromLink();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const shown = await page.locator('[data-testid="authenticator-key"]').innerText();
    expect(shown.replace(/^Atslēga:\s*/, '')).toBe(secret.match(/.{4}/g)?.join(' '));
    const link = new URL((await page.getAttribute('[data-testid="authenticator-link"]', 'href')) as string);
    expect(link.host).toBe('totp');
    expect(decodeURIComponent(link.pathname)).toBe(`/Sociālo pakalpojumu pieteikumi:${FIRST_SIGN_IN_USERNAME}`);
    expect(Object.fromEntries(link.searchParams)).toMatchObject({ algorithm: 'SHA1', digits: '6', period: '30' });
    expect(await page.getAttribute('#field-code', 'autocomplete')).toBe('one-time-code');
    expect(await page.getAttribute('#field-code', 'inputmode')).toBe('numeric');
    expect(await descriptionOf(page, '#field-code')).toBe(
      'Kods mainās ik pēc 30 sekundēm. Ierakstiet to, ko lietotne rāda pašlaik.',
    );
    await checkPage(page, 'staff-mfa-03-set-up-app');

    await typeInto(page, 'field-code', wrongCode(secret));
    await pressSubmit(page);
    expect(await errorSummary()).toContain('Kods nav pareizs.');
    expect(await descriptionOf(page, '#field-code')).toContain('Kods nav pareizs.');
    expect(await page.inputValue('#field-code')).toBe('');
    await checkPage(page, 'staff-mfa-04-set-up-app-wrong-code');

    // Written the way an app shows it, with a space in the middle.
    const { code, step } = nextCode(secret);
    usedStep = step;
    await typeInto(page, 'field-code', `${code.slice(0, 3)} ${code.slice(3)}`);
    await pressSubmit(page);
    await waitForPage(page, '/office');
    await page.locator('[data-testid="signed-in"]', { hasText: 'Jelgavas jaunais' }).waitFor();
    expect(await storedToken()).toMatch(/^eyJ/);
  });

  it('signs out; at the next sign-in, five wrong codes start it again from the password, saying why', async () => {
    await activate(page, 'Izrakstīties');
    await waitForPage(page, '/office/sign-in');
    await signInWithPassword(FIRST_SIGN_IN_USERNAME, NEW_PASSWORD);
    await waitForStep('Kods no autentifikatora lietotnes');
    expect(await page.title()).toBe(
      'Kods no autentifikatora lietotnes – Pieteikumi sociālajiem pakalpojumiem: darbiniekiem',
    );
    await checkPage(page, 'staff-mfa-05-app-code');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await typeInto(page, 'field-code', wrongCode(secret));
      await pressSubmit(page);
      expect(await errorSummary()).toContain('Kods nav pareizs.');
      // The summary has focus; the next attempt starts from there.
    }
    await typeInto(page, 'field-code', wrongCode(secret));
    await pressSubmit(page);
    await waitUntil(page, `document.title.startsWith('Kļūda: Pierakstīties')`);
    expect(await errorSummary()).toContain(
      'Pārāk daudz nepareizu kodu. Pagaidiet dažas minūtes un pierakstieties vēlreiz.',
    );
    expect(await page.inputValue('#field-username')).toBe(FIRST_SIGN_IN_USERNAME);
    expect(await page.inputValue('#field-password')).toBe('');
    await checkPage(page, 'staff-mfa-06-too-many-codes');
  });

  it('when the step took longer than 3 minutes, starts again from the password, saying so', async () => {
    await signInWithPassword(FIRST_SIGN_IN_USERNAME, NEW_PASSWORD);
    await waitForStep('Kods no autentifikatora lietotnes');
    // The user pool's answer to a session past its 3 minutes (the stand-in's own is checked in
    // staff-sign-in-challenges.test.ts), without waiting 3 minutes here.
    await page.route(
      `${file.system.endpoints.auth}/`,
      (route) =>
        route.fulfill({
          status: 400,
          headers: {
            'content-type': AMZ_JSON,
            'access-control-allow-origin': new URL(file.system.apiUrl).origin,
          },
          body: JSON.stringify({
            __type: 'NotAuthorizedException',
            message: 'Invalid session for the user, session is expired.',
          }),
        }),
      { times: 1 },
    );
    await typeInto(page, 'field-code', nextCode(secret, usedStep).code);
    await pressSubmit(page);
    await waitUntil(page, `document.title.startsWith('Kļūda: Pierakstīties')`);
    expect(await errorSummary()).toContain('Pierakstīšanās ilga vairāk nekā 3 minūtes, tāpēc tā sākas no jauna.');
    await checkPage(page, 'staff-mfa-07-session-expired');
  });

  it('signs in with the app’s code, on the pages in English', async () => {
    await activate(page, 'English');
    await signInWithPassword(FIRST_SIGN_IN_USERNAME, NEW_PASSWORD);
    await waitForStep('Code from your authenticator app');
    expect(await page.locator('label[for="field-code"]').innerText()).toBe('6-digit code');
    await typeInto(page, 'field-code', wrongCode(secret));
    await pressSubmit(page);
    expect(await errorSummary()).toContain(
      'The code is not right. Type the code the app shows now: it changes every 30 seconds.',
    );
    await checkPage(page, 'staff-mfa-08-app-code-english');

    // The code after the one that set the app up: each code is taken once.
    await typeInto(page, 'field-code', nextCode(secret, usedStep).code);
    await pressSubmit(page);
    await waitForPage(page, '/office');
    expect(await storedToken()).toMatch(/^eyJ/);
    expect((await focused(page))?.id).toBe('page-heading');
  });
});
