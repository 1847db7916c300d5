import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './browser.ts';

/**
 * One Chromium for the browser tests of a run, rather than one per file. Without Chromium the run still goes on:
 * the tests that need a browser fail with how to install it, the others pass.
 */
export default async function startSharedChromium(project: TestProject): Promise<() => Promise<void>> {
  try {
    const server = await launchChromiumServer();
    project.provide('chromium', { wsEndpoint: server.wsEndpoint() });
    return () => server.close();
  } catch (error) {
    project.provide('chromium', { missing: error instanceof Error ? error.message : String(error) });
    return async () => {};
  }
}
