import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Writes `test/file-seconds.json` from the times vitest recorded in this working tree's last whole run, so that a
 * fresh clone, which has no times of its own, queues its files by what they really take (run after `npm test`:
 * `npm run test:file-seconds`). Without it a fresh clone guesses from a file's size, and the route fuzzing and the
 * storage contracts, a few lines that import their cases, were guessed the shortest and ran last, each for minutes.
 */
const root = new URL('../../', import.meta.url);
const [resultsFile] = globSync('node_modules/.vite/vitest/*/results.json', { cwd: fileURLToPath(root) });
if (!resultsFile) throw new Error('No times recorded yet: run npm test first.');

const { results } = JSON.parse(readFileSync(new URL(resultsFile, root), 'utf8')) as {
  results: [string, { duration?: number }][];
};
const seconds = Object.fromEntries(
  results
    // A file renamed or deleted since keeps its old entry in vitest's cache.
    .filter(([key, result]) => result.duration !== undefined && existsSync(new URL(key.split(':')[1] ?? '', root)))
    .map(([file, result]) => [file, Math.round((result.duration ?? 0) / 100) / 10] as const)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b)),
);
writeFileSync(new URL('test/file-seconds.json', root), `${JSON.stringify(seconds, null, 2)}\n`);
console.log(`test/file-seconds.json: ${Object.keys(seconds).length} files`);
