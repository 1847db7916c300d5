import type { Page } from 'playwright-core';
import { typeInto } from './web-keyboard.ts';

/** For `waitUntil`: the keyboard focus is on the element with this id (the error summary, a new row's first box). */
export const focusOn = (id: string) => `document.activeElement && document.activeElement.id === '${id}'`;

/** Types each value into the box with its id, in the order given, by keyboard as a person would. */
export async function typeEach(page: Page, values: Record<string, string>) {
  for (const [id, text] of Object.entries(values)) await typeInto(page, id, text);
}
