import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/helpers/longest-first.ts';

/**
 * The code is plain TypeScript that Node runs as it is (`npm start` does), so the suites that start the whole
 * system or synthesize stacks import it with Node's own loader rather than Vite's module runner, which transformed
 * and evaluated every module of the system again in every file (measured: import 5.5–6.6 s against 4.0–4.5 s for
 * the route fuzzing's imports alone, and no transform). Those suites mock no modules, which would need the runner.
 */
const NODE_LOADER = { viteModuleRunner: false, nodeLoader: false };

/**
 * Every test file runs in a process of its own, which compiled the same modules again (the system, the AWS SDK, the
 * CDK): Node keeps their compiled code here for the next process, set before any is started (measured: importing
 * the local system took 450 ms of CPU against 800 ms).
 */
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('node_modules/.cache/node-compile-cache/', import.meta.url));

/** Four suites, run together by `npm test`: the lowest layer that can catch a bug gets the test. */
export default defineConfig({
  test: {
    // Most files wait on the stand-ins, a browser or the network rather than on the CPU, so three files at a time
    // finish sooner than one per core even on two cores (measured: 351 s against 451 s for the whole suite).
    maxWorkers: 3,
    // One queue for the four suites, the longest files first, rather than one suite after another.
    sequence: { sequencer: LongestFirst },
    projects: [
      // Pure code and in-memory ports: the files share one module registry, which saves importing the same modules
      // sixty times (measured: 28 s against 12 s for the unit suite). A file that resets modules cleans up after it.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'shared/**/*.test.ts'], isolate: false } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          experimental: NODE_LOADER,
          globalSetup: ['test/helpers/shared-dynamodb.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Each file synthesizes whole stacks in its setup, which takes seconds on a busy machine.
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          experimental: NODE_LOADER,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          experimental: NODE_LOADER,
          globalSetup: [
            'test/helpers/clear-test-results.ts',
            'test/helpers/shared-dynamodb.ts',
            'test/helpers/shared-chromium.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
