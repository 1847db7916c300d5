import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './browser.ts';
import type { TestSystem } from './local-system.ts';
import { chooseRadio, pressSubmit, waitForPage } from './web-keyboard.ts';

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

/** Opens a page of the app by its address and waits for its heading. */
export async function openPage(page: Page, system: TestSystem, path: string): Promise<void> {
  await page.goto(`${system.apiUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/**
 * Answers the demo round's pages before the person's details with clicks, for tests about what comes after them:
 * Bauska, disability group 2 unless `group` (a group that may not apply stops there), yes, and for oneself unless
 * `applicant`. Answering by keyboard is `answerOpeningQuestions`.
 */
export async function answerUpToPerson(
  page: Page,
  system: TestSystem,
  choices: { group?: string; applicant?: string } = {},
): Promise<void> {
  const next = () => page.getByRole('button', { name: 'Turpināt' }).click();
  await openPage(page, system, '/apply/demo/municipality');
  await page.getByLabel('Bauskas novada pašvaldība').check();
  await next();
  await waitForPage(page, '/apply/demo/disability-group');
  await page.getByLabel(choices.group ?? '2. grupa').check();
  await next();
  if (choices.group && choices.group !== '1. grupa' && choices.group !== '2. grupa') return;
  await waitForPage(page, '/apply/demo/mental-disorder');
  await page.getByLabel('Jā').check();
  await next();
  await waitForPage(page, '/apply/demo/who');
  await page.getByLabel(choices.applicant ?? 'Es piesakos sev').check();
  await next();
}

/** The labels of the options chosen on the four questions before the person's details. */
export interface OpeningAnswers {
  municipality: string;
  disabilityGroup: string;
  mentalDisorder: string;
  applicant: string;
}

/**
 * Answers the four opening questions of the demo round's form (municipality, disability group, mental disorder,
 * for whom) by keyboard, on the municipality page already open and then each page after it. With `screenshots`
 * (`lv`), each page is checked and kept before it is answered, as `lv-02-municipality` … `lv-05-who`.
 */
export async function answerOpeningQuestions(page: Page, answers: OpeningAnswers, screenshots?: string) {
  const questions = [
    { step: 'municipality', number: '02', field: 'person.municipalityCode', label: answers.municipality },
    { step: 'disability-group', number: '03', field: 'person.disabilityGroup', label: answers.disabilityGroup },
    { step: 'mental-disorder', number: '04', field: 'person.mentalDisorderConfirmed', label: answers.mentalDisorder },
    { step: 'who', number: '05', field: 'applicant', label: answers.applicant },
  ];
  for (const [index, { step, number, field, label }] of questions.entries()) {
    if (index > 0) await waitForPage(page, `/apply/demo/${step}`);
    if (screenshots) await checkPage(page, `${screenshots}-${number}-${step}`);
    await chooseRadio(page, field, label);
    await pressSubmit(page);
  }
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
