import { defineConfig } from 'vitest/config';

/** Four suites, run together by `npm test`: the lowest layer that can catch a bug gets the test. */
export default defineConfig({
  test: {
    // Most files wait on the stand-ins, a browser or the network rather than on the CPU, so three files at a time
    // finish sooner than one per core even on two cores (measured: 351 s against 451 s for the whole suite).
    maxWorkers: 3,
    projects: [
      // Pure code and in-memory ports: the files share one module registry, which saves importing the same modules
      // sixty times (measured: 28 s against 12 s for the unit suite). A file that resets modules cleans up after it.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'shared/**/*.test.ts'], isolate: false } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          experimental: { viteModuleRunner: false, nodeLoader: false },
          globalSetup: ['test/helpers/shared-dynamodb.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Each file synthesizes whole stacks in its setup, which takes seconds on a busy machine.
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          experimental: { viteModuleRunner: false, nodeLoader: false },
          globalSetup: ['test/helpers/clear-test-results.ts', 'test/helpers/shared-dynamodb.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
