import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds a file of each kind took per KB of its source in a whole run on two cores: the guess for a file with no
 * time of its own yet, as in a fresh clone (browser files open pages and run axe; unit files run in milliseconds).
 */
const SECONDS_PER_KB: [RegExp, number][] = [
  [/^test\/e2e\/web-/, 1.4],
  [/^test\/e2e\//, 0.8],
  [/^test\/integration\//, 0.6],
  [/^test\/infra\//, 0.2],
];
const UNIT_SECONDS_PER_KB = 0.03;

/**
 * The files of all four suites in one queue, the longest first, failed ones before them. Vitest's own order runs
 * the suites one after another, so the last of the end-to-end files ran one or two at a time while the integration
 * files, which take tens of seconds too, waited behind them; with the longest first, the files that fill the last
 * moments of a run are the unit files of milliseconds.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const known = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(root, spec.moduleId)}`);
    const expectedMs = (spec: TestSpecification) =>
      known(spec)?.duration ?? guessMs(relative(root, spec.moduleId), spec.moduleId);
    const failed = (spec: TestSpecification) => (known(spec)?.failed ? 1 : 0);
    return [...files].sort((a, b) => failed(b) - failed(a) || expectedMs(b) - expectedMs(a));
  }
}

/** Seconds per KB times bytes: milliseconds. */
function guessMs(path: string, file: string): number {
  const rate = SECONDS_PER_KB.find(([pattern]) => pattern.test(path))?.[1] ?? UNIT_SECONDS_PER_KB;
  return rate * statSync(file).size;
}
