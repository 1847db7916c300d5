import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TEST_RESULTS_DIR } from './browser.ts';

/** Run once before the browser tests: the summary and screenshots describe the last run only. */
export default async function clearTestResults(): Promise<void> {
  await rm(join(TEST_RESULTS_DIR, 'axe-summary.txt'), { force: true });
  await rm(join(TEST_RESULTS_DIR, 'screenshots'), { recursive: true, force: true });
}
