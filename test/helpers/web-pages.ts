import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './browser.ts';
import type { TestSystem } from './local-system.ts';

/** The browser tests run against the built app, as people get it: `npm run build:web` makes it. */
export function assertWebBuilt(): void {
  const index = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
  if (!existsSync(index)) {
    throw new Error(`The web app is not built (${index} is missing). Run npm run build:web first.`);
  }
}

/** Every page the tests visit is checked with axe (WCAG 2.1 A and AA) and kept as a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** The answers kept for a reload, as the app stores them. */
export async function storedDraft(page: Page): Promise<
  | {
      created?: { reference: string; accessCode: string };
      answers: { person: { firstName: string; personalCode: string }; municipalityCode?: string };
    }
  | undefined
> {
  const json = await page.evaluate<string | null>(`sessionStorage.getItem('application-draft')`);
  return json ? JSON.parse(json) : undefined;
}

/** What the focused page element says when a screen reader reaches it: its description ids resolved to text. */
export function descriptionOf(page: Page, selector: string): Promise<string> {
  return page.evaluate<string>(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    return (element?.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
      .map((id) => (document.getElementById(id)?.textContent ?? '').replace(/\\s+/g, ' ').trim()).join(' | ');
  })()`);
}

/** A file as the browser's own file dialog would hand it over. */
export function file(name: string, mimeType: string, content: Uint8Array) {
  return { name, mimeType, buffer: Buffer.from(content) };
}

/**
 * Publishes the selection as an administrator does on its page: ticks the confirmation, which names how many
 * e-mails go out, and presses the button. The mail stand-in is emptied first, so what it holds once the system is
 * idle again is what publishing sent.
 */
export async function publishConfirmed(page: Page, system: TestSystem, emails: number): Promise<void> {
  await system.waitForIdle();
  await system.clearMail();
  await page
    .getByLabel(
      `Esmu pārbaudījis(-usi) rezultātus un saprotu, ka tūlīt tiks nosūtīti e-pasti (${emails}) un to nevar atsaukt`,
    )
    .check();
  await page
    .locator('[data-testid="publish-warning"]')
    .getByRole('button', { name: 'Publicēt un nosūtīt e-pastus' })
    .click();
  await page.getByText('Rezultāti publicēti. Iesniedzējiem tiek sūtīti e-pasti.').waitFor();
}
