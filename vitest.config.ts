import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take 15 s or more on two cores, longest first (measured with `--reporter=json`). Without a record
 * of earlier runs (a fresh clone) vitest orders files by project and size, so one of these began last and ran
 * alone for its whole length; started first, they overlap the many short files instead (measured: 293 s against
 * 223 s for the whole suite).
 */
const LONGEST = [
  'e2e/route-fuzz',
  'e2e/local-host',
  'e2e/web-errors',
  'e2e/web-staff-review',
  'integration/storage-fault-schedules',
  'e2e/web-admin-selection',
  'e2e/web-apply',
  'e2e/web-round-editor',
  'integration/storage-faults',
  'e2e/web-save-later',
  'e2e/decisions',
].map((name) => `/test/${name}.test.ts`);

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((name) => file.moduleId.endsWith(name));
      return index < 0 ? LONGEST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/** Four suites, run together by `npm test`: the lowest layer that can catch a bug gets the test. */
export default defineConfig({
  test: {
    // Most files wait on the stand-ins, a browser or the network rather than on the CPU, so three files at a time
    // finish sooner than one per core even on two cores (measured: 351 s against 451 s for the whole suite).
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    projects: [
      // Pure code and in-memory ports: the files share one module registry, which saves importing the same modules
      // sixty times (measured: 28 s against 12 s for the unit suite). A file that resets modules cleans up after it.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'shared/**/*.test.ts'], isolate: false } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
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
          globalSetup: ['test/helpers/clear-test-results.ts', 'test/helpers/shared-dynamodb.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
