import { existsSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserServer, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Screenshots and the accessibility summary, kept after the run (ignored by git). */
export const TEST_RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** What axe runs on a page: the WCAG 2.1 A and AA rules, and only violations gathered node by node. */
const AXE_OPTIONS = {
  resultTypes: ['violations'],
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
};
/** The axe-core that @axe-core/playwright loads, and the configuration its legacy mode gives it in a page. */
const AXE_SOURCE: string = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core').source;
const AXE_CONFIGURE = `axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } })`;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium takes connections, or why there is none (`shared-chromium.ts`). */
    chromium: { wsEndpoint: string } | { missing: string };
  }
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Debian's Chromium, driven by playwright-core: Playwright's own browser downloads are not available everywhere
 * the tests run. `CHROMIUM_PATH` points at another binary. Launched once per run, as a server the test files
 * connect to: a launch costs one to two seconds of CPU, which every browser-test file paid before.
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. The browser tests need it: on Debian or Ubuntu run ` +
        'sudo apt-get install chromium, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * The run's Chromium, for one test file: a connection of the file's own, so closing it closes the file's contexts
 * and pages and nothing of another file's. Each test's context keeps its cookies and storage to itself.
 */
export async function openBrowser(): Promise<Browser> {
  const shared = inject('chromium');
  if ('missing' in shared) throw new Error(shared.missing);
  return chromium.connect(shared.wsEndpoint);
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules on the page as it is now, adds `label: N violations, M passes` to
 * test-results/axe-summary.txt, and throws with every violation when there is any.
 *
 * In the page itself, as @axe-core/playwright's "legacy mode" does (its default opens a second page in the context,
 * loads axe there again and hands it the page's results, for frames of other origins, which the app has none of),
 * but axe is put into a page once rather than on every check: the builder sent its half a megabyte of source twice
 * per check, which took most of a check (measured: 475–950 ms a check against 80–190 ms, with the same violations
 * and passes). A page of the app is one document from page to page, so a page keeps its axe until it is reloaded.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  for (const frame of page.frames()) {
    if (await frame.evaluate<boolean>('typeof window.axe === "object"')) continue;
    await frame.evaluate(AXE_SOURCE);
    await frame.evaluate(AXE_CONFIGURE);
  }
  const results = await page.evaluate<AxeResults>(
    `axe.run({ exclude: [], include: [] }, ${JSON.stringify(AXE_OPTIONS)})`,
  );
  const { violations, passes } = results;
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
  await appendFile(
    join(TEST_RESULTS_DIR, 'axe-summary.txt'),
    `${label}: ${violations.length} violations, ${passes.length} passes\n`,
  );
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(', ');
    return `- ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help} at ${targets}`;
  });
  throw new Error(`${label}: ${violations.length} accessibility violations (WCAG 2.1 A/AA):\n${lines.join('\n')}`);
}

/** The part of axe's results the summary and the failure name. */
interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

/** The whole page as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(TEST_RESULTS_DIR, 'screenshots', `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}
