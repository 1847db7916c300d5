import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openBrowser } from './browser.ts';
import { startTestSystem, type TestSystem } from './local-system.ts';
import { staffClient } from './staff-client.ts';
import { STAFF_DEMO_PASSWORD, signInStaff } from './staff-tokens.ts';
import { pressSubmit, typeInto, waitForPage } from './web-keyboard.ts';
import { assertWebBuilt } from './web-pages.ts';

/** A small laptop's screen, as applicants often have. */
export const APPLICANT_VIEWPORT = { width: 1024, height: 800 };
/** A desk screen at a social service. */
export const STAFF_VIEWPORT = { width: 1280, height: 900 };

export interface WebSystem {
  system: TestSystem;
  browser: Browser;
}

/** The system and browser of a browser-test file, and the staff API that its own set-up goes through. */
export interface WebSystemOfFile<Staff extends string> extends WebSystem {
  /** The staff side of the API, for the applications a file decides before its pages are opened. */
  staff: ReturnType<typeof staffClient>;
  /** An ID token per demo account signed in before the tests. */
  tokens: Record<Staff, string>;
}

/**
 * The local system (on the web build) and the run's browser for one browser-test file, stopped after its tests,
 * with these demo accounts signed in to the staff API (none for a file that signs in through its pages). The fields
 * are filled in before the file's own `beforeAll` runs, so tests read them as `file.system`, never destructured at
 * the top of the file.
 */
export function webSystemForFile<Staff extends string>(signedIn: readonly Staff[]): WebSystemOfFile<Staff> {
  const file = { tokens: {} } as WebSystemOfFile<Staff>;
  beforeAll(async () => {
    assertWebBuilt();
    file.system = await startTestSystem();
    file.browser = await openBrowser();
    file.staff = staffClient(file.system.apiUrl, []);
    for (const username of signedIn) file.tokens[username] = await signInStaff(file.system, username);
  }, 120_000);
  afterAll(async () => {
    await file.browser?.close();
    await file.system?.stop();
  });
  return file;
}

/** A page of its own: its own context, so nothing of another test's session or storage carries over. */
export async function newPage(browser: Browser, viewport = APPLICANT_VIEWPORT): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

/**
 * A page of its own on the host's clock (`system.clock`), which tests move instead of waiting: the pages compare
 * instants (the end of intake) with their own clock, so it must agree with the host's.
 */
export async function newPageOnHostClock(browser: Browser, system: TestSystem, viewport = STAFF_VIEWPORT) {
  const page = await newPage(browser, viewport);
  // Installed first: Playwright dates a time it is given when its clock is in place, and putting it in place takes
  // a while (seconds under load), by which the page's clock would run behind the host's. A countdown to an instant
  // the host set 30 s ahead then read 31.
  await page.context().clock.install();
  await page.context().clock.setSystemTime(system.clock.now());
  return page;
}

/** A page of its own on the host's clock, signed in as `username` and open at `path`. */
export async function signedInPageOnHostClock(web: WebSystem, username: string, path: string): Promise<Page> {
  const page = await newPageOnHostClock(web.browser, web.system);
  await openSignedIn(page, web.system, username, path);
  return page;
}

/** Signs in on the sign-in page by keyboard with a demo account, and waits for the page it leads to. */
export async function signInByKeyboard(page: Page, username: string, next: string | RegExp): Promise<void> {
  await typeInto(page, 'field-username', username);
  await typeInto(page, 'field-password', STAFF_DEMO_PASSWORD);
  await pressSubmit(page);
  await waitForPage(page, next);
}

/** Opens `path`, signs in on the sign-in page it leads to, and waits to be back on `path`. */
export async function openSignedIn(page: Page, system: TestSystem, username: string, path: string): Promise<void> {
  await page.goto(`${system.apiUrl}${path}`);
  await waitForPage(page, '/office/sign-in');
  await signInByKeyboard(page, username, path.split('?')[0] as string);
}
