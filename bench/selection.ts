/**
 * How long the selection takes far beyond the pilot's size, against the floor: 100,000 decided applications over
 * 10 municipalities (10 places each), scores 0–20, receipt times anywhere in the 16-day window, some not eligible,
 * set aside or withdrawn. It times the whole computation of a run (`selectRound`: each municipality's canonical
 * inputs and selection, and the SHA-256 of all the inputs, exactly what running the selection computes between
 * reading the applications and storing the run) against a plain in-memory sort of the same 100,000 rows by score,
 * receipt time and reference; the ratio is the figure to watch. It also times the stored rows (slices as the
 * DynamoDB adapter writes them, with the largest slice's size) and the re-check of the hash from them. Several
 * rounds in one process, each timing taken in turn after collecting garbage, then the medians; the ratio is the
 * median of each round's own ratio, its two timings taken back to back, so a machine shared with other work moves
 * both alike. The data come from a fixed seed, so every run of the benchmark sees the same applications. Ends with
 * one JSON line of its figures.
 * Run: npm run bench:selection
 */
import { ROWS_PER_ITEM } from '../shared/adapters/dynamodb/dynamodb-selection-run-repository.ts';
import { SELECTION_RULE_VERSION } from '../shared/domain/selection.ts';
import { inputOfRows, rowsOfResult } from '../shared/domain/selection-rows.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../shared/schemas/common.ts';
import type { SelectionCandidate, SelectionCandidateState } from '../shared/schemas/selection.ts';
import { runHash } from '../shared/use-cases/selection/run-hash.ts';
import { type MunicipalityCandidates, selectRound } from '../shared/use-cases/selection/selection-inputs.ts';

const APPLICATIONS = 100_000;
const MUNICIPALITIES = 10;
const CAP = 10;
const ROUNDS = 21;
const OPENS = Date.parse('2019-07-31T21:00:00.000Z');
const WINDOW_MILLIS = 16 * 24 * 60 * 60 * 1000;
const ROUND_ID = 'bench-2019';

/** mulberry32: a small seeded generator, so the data are the same on every run and every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(2019);
const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)];

function decidedState(): SelectionCandidateState {
  const draw = random();
  if (draw < 0.85) return 'eligible';
  if (draw < 0.93) return 'not-eligible';
  if (draw < 0.97) return 'set-aside';
  return 'withdrawn';
}

function generate(): MunicipalityCandidates[] {
  const municipalities: SelectionCandidate[][] = Array.from({ length: MUNICIPALITIES }, () => []);
  const taken = new Set<string>();
  while (taken.size < APPLICATIONS) {
    const reference = `${Array.from({ length: 4 }, () => pick(READABLE_LETTERS)).join('')}-${Array.from(
      { length: 4 },
      () => pick(READABLE_DIGITS),
    ).join('')}`;
    if (taken.has(reference)) continue;
    taken.add(reference);
    municipalities[Math.floor(random() * MUNICIPALITIES)]?.push({
      reference,
      state: decidedState(),
      totalScore: Math.floor(random() * 21),
      receivedAt: new Date(OPENS + Math.floor(random() * WINDOW_MILLIS)).toISOString(),
    });
  }
  return municipalities.map((candidates, index) => ({ municipalityCode: `LV-${100 + index}`, cap: CAP, candidates }));
}

/** The floor: one sort of all the rows by the rule's keys, compared as plain values. */
function plainSort(rows: readonly SelectionCandidate[]): SelectionCandidate[] {
  return [...rows].sort(
    (a, b) =>
      (b.totalScore ?? 0) - (a.totalScore ?? 0) ||
      (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0) ||
      (a.reference < b.reference ? -1 : 1),
  );
}

let peakHeapBytes = 0;
const sampleHeap = () => {
  peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
};

/** Collected before each timing when node runs with --expose-gc (as `npm run bench:selection` does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function timed<T>(work: () => T): { ms: number; value: T } {
  collectGarbage();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  sampleHeap();
  return { ms, value };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

const generatedAt = performance.now();
const municipalities = generate();
const allRows = municipalities.flatMap((municipality) => municipality.candidates);
console.log(
  `${APPLICATIONS} applications over ${MUNICIPALITIES} municipalities (cap ${CAP} each), generated in ${ms(
    performance.now() - generatedAt,
  ).trim()}`,
);
console.log(`  per municipality: ${municipalities.map((municipality) => municipality.candidates.length).join(', ')}`);

const times = {
  plainSort: [] as number[],
  selection: [] as number[],
  ratio: [] as number[],
  rows: [] as number[],
  recheck: [] as number[],
};
let firstHash: string | undefined;
let largestSliceBytes = 0;
let slices = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const sort = timed(() => plainSort(allRows));
  const selection = timed(() => selectRound(ROUND_ID, municipalities));
  if (selection.value.undecided.length > 0) throw new Error('generated data must be decided');
  firstHash ??= selection.value.inputsHash;
  if (selection.value.inputsHash !== firstHash) throw new Error('the hash changed between rounds');
  // The slices as the DynamoDB adapter writes them: JSON text of ROWS_PER_ITEM rows each.
  const rows = timed(() =>
    selection.value.parts.map(({ municipalityCode, result }) => {
      const all = rowsOfResult(result);
      const texts: string[] = [];
      for (let start = 0; start < all.length; start += ROWS_PER_ITEM) {
        texts.push(JSON.stringify(all.slice(start, start + ROWS_PER_ITEM)));
      }
      return { municipalityCode, cap: result.cap, all, texts };
    }),
  );
  // Anyone's re-check: the inputs from the stored rows alone, hashed again.
  const recheck = timed(() => {
    const hash = runHash(SELECTION_RULE_VERSION, ROUND_ID);
    for (const { municipalityCode, cap, all } of rows.value) hash.add(municipalityCode, inputOfRows(cap, all));
    return hash.digest();
  });
  if (recheck.value !== firstHash) throw new Error('the stored rows do not give the run’s hash again');
  const sizes = rows.value.flatMap(({ texts }) => texts.map((text) => Buffer.byteLength(text)));
  largestSliceBytes = Math.max(largestSliceBytes, ...sizes);
  slices = sizes.length;
  times.plainSort.push(sort.ms);
  times.selection.push(selection.ms);
  times.ratio.push(selection.ms / sort.ms);
  times.rows.push(rows.ms);
  times.recheck.push(recheck.ms);
  console.log(
    `  round ${round}: plain sort ${ms(sort.ms)}   selection ${ms(selection.ms)}   rows ${ms(rows.ms)}   re-check ${ms(recheck.ms)}`,
  );
}

const figures = {
  applications: APPLICATIONS,
  municipalities: MUNICIPALITIES,
  plainSortMs: Number(median(times.plainSort).toFixed(1)),
  selectionMs: Number(median(times.selection).toFixed(1)),
  ratioToPlainSort: Number(median(times.ratio).toFixed(2)),
  storedRowsMs: Number(median(times.rows).toFixed(1)),
  recheckMs: Number(median(times.recheck).toFixed(1)),
  slices,
  largestSliceBytes,
  peakHeapMB: Math.round(peakHeapBytes / 1024 / 1024),
  inputsHash: firstHash,
};
console.log(`\nMedian of ${ROUNDS} rounds`);
console.log(`  plain sort of all ${APPLICATIONS} rows            ${ms(figures.plainSortMs)}`);
console.log(`  selection of every municipality, SHA-256   ${ms(figures.selectionMs)}`);
console.log(`  ratio to the plain sort                     ${figures.ratioToPlainSort.toFixed(2).padStart(7)} ×`);
console.log(`  stored rows (${slices} slices)                   ${ms(figures.storedRowsMs)}`);
console.log(`  largest slice                               ${(largestSliceBytes / 1024).toFixed(0).padStart(7)} KB`);
console.log(`  re-check of the hash from the rows          ${ms(figures.recheckMs)}`);
console.log(`  peak heap used (sampled)                    ${String(figures.peakHeapMB).padStart(7)} MB`);
console.log(JSON.stringify(figures));
