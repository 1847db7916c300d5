import type { Page } from 'playwright-core';

/**
 * Drives the web app the way a keyboard user does: Tab and Shift+Tab to move, arrow keys in radio groups, Space
 * and Enter to act. No clicks, so a test passes only if every step can be done by keyboard alone.
 */

export interface Focused {
  id: string;
  tag: string;
  type: string;
  /** The `name` attribute (the field path for the form's inputs). */
  name: string;
  /** Visible text of a link or button, or the label of an input. */
  text: string;
  checked: boolean;
}

// A string rather than a function: it runs in the page, and the test project compiles without DOM types.
const DESCRIBE_FOCUS = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return undefined;
  const labels = element.labels ? Array.from(element.labels).map((label) => label.innerText).join(' ') : '';
  return {
    id: element.id || '',
    tag: element.tagName,
    type: element.getAttribute('type') || '',
    name: element.getAttribute('name') || '',
    text: (labels || element.innerText || element.value || '').replace(/\\s+/g, ' ').trim(),
    checked: Boolean(element.checked),
  };
})()`;

export function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate<Focused | undefined>(DESCRIBE_FOCUS);
}

export interface Target {
  id?: string;
  name?: string;
  text?: string | RegExp;
  submit?: boolean;
}

function matches(element: Focused, target: Target): boolean {
  if (target.id !== undefined && element.id !== target.id) return false;
  if (target.name !== undefined && element.name !== target.name) return false;
  if (target.submit && !(element.tag === 'BUTTON' && element.type === 'submit')) return false;
  if (target.text !== undefined) {
    const ok = typeof target.text === 'string' ? element.text === target.text : target.text.test(element.text);
    if (!ok) return false;
  }
  return true;
}

/** Presses Tab (or Shift+Tab) until the target has focus; fails with the route taken when it never does. */
export async function tabTo(page: Page, target: Target, options: { backwards?: boolean; max?: number } = {}) {
  const visited: string[] = [];
  const current = await focused(page);
  if (current && matches(current, target)) return current;
  for (let press = 0; press < (options.max ?? 80); press++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (element && matches(element, target)) return element;
    visited.push(element ? `${element.tag}#${element.id}[${element.text.slice(0, 30)}]` : '(nothing)');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}; visited: ${visited.join(' → ')}`);
}

/** Tabs to a text box, empties it and types. */
export async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, { id });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

/** Tabs into a radio group and moves with the arrow keys to the option whose label is `label`. */
export async function chooseRadio(page: Page, name: string, label: string | RegExp) {
  const start = await tabTo(page, { name });
  const options = await page.evaluate<string[]>(`Array.from(document.querySelectorAll('input[type="radio"]'))
    .filter((input) => input.name === ${JSON.stringify(name)})
    .map((input) => Array.from(input.labels).map((l) => l.innerText).join(' ').replace(/\\s+/g, ' ').trim())`);
  const wanted = options.findIndex((text) => (typeof label === 'string' ? text === label : label.test(text)));
  if (wanted < 0) throw new Error(`No option ${label} in ${name}: ${options.join(', ')}`);
  const from = options.indexOf(start.text);
  const steps = wanted - from;
  for (let step = 0; step < Math.abs(steps); step++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  const now = await focused(page);
  if (!now?.checked) await page.keyboard.press('Space');
}

/** Tabs to a check box and ticks it with Space. */
export async function tick(page: Page, id: string) {
  const box = await tabTo(page, { id });
  if (!box.checked) await page.keyboard.press('Space');
}

/** Tabs to the page's main button ("Continue", "Send the application") and presses Enter. */
export async function pressSubmit(page: Page) {
  await tabTo(page, { submit: true });
  await page.keyboard.press('Enter');
}

/** Tabs to a link or button by its text and presses Enter. */
export async function activate(page: Page, text: string | RegExp, options: { backwards?: boolean } = {}) {
  await tabTo(page, { text }, options);
  await page.keyboard.press('Enter');
}

/**
 * Waits for the app to show `pathname` and to put focus at the start of the new page: the h1, or the error
 * summary when the page opens with errors. A page that loads data first (the status page) may wait for a
 * function's first start on a machine busy with the whole suite, hence the longer ceiling.
 */
export async function waitForPage(page: Page, pathname: string | RegExp) {
  await page.waitForURL((url) =>
    typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname),
  );
  await waitUntil(
    page,
    `['page-heading', 'error-summary'].includes(document.activeElement && document.activeElement.id)`,
    15_000,
  );
}

/**
 * Waits until the element with focus reads `text`. The app moves focus in an effect after the new content is
 * drawn, so the content can be on screen a moment before focus reaches it.
 */
export async function focusReaches(page: Page, text: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const element = await focused(page);
    if (element?.text === text) return;
    if (Date.now() > deadline) throw new Error(`Focus never reached "${text}"; it is on ${JSON.stringify(element)}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Polls an expression in the page. Not `page.waitForFunction`: with a string it needs `eval` inside the page, which
 * the app's Content-Security-Policy rightly forbids.
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression} on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}
