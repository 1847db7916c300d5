/**
 * How long the selection takes far beyond the pilot's size: 100,000 decided applications over 10 municipalities
 * (10 places each), scores 0–20, receipt times anywhere in the 16-day window, some not eligible, set aside or
 * withdrawn. Times the selection of all 10 municipalities, the canonical inputs with their SHA-256 hashes, and the
 * results as JSON; several runs in one process, then the median. The data come from a fixed seed, so every run of
 * the benchmark sees the same applications. Run: npm run bench:selection
 */
import { createHash } from 'node:crypto';
import { canonicalInputs, selectApplications } from '../shared/domain/selection.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../shared/schemas/common.ts';
import type { SelectionCandidate, SelectionCandidateState, SelectionResult } from '../shared/schemas/selection.ts';

const APPLICATIONS = 100_000;
const MUNICIPALITIES = 10;
const CAP = 10;
const RUNS = 7;
const OPENS = Date.parse('2019-07-31T21:00:00.000Z');
const WINDOW_MILLIS = 16 * 24 * 60 * 60 * 1000;

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

function generate(): SelectionCandidate[][] {
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
  return municipalities;
}

interface Run {
  selectMs: number;
  hashMs: number;
  serialiseMs: number;
}

let peakHeapBytes = 0;
const sampleHeap = () => {
  peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
};

function once(municipalities: SelectionCandidate[][]): Run & { hashes: string[]; jsonBytes: number } {
  const started = performance.now();
  const results: SelectionResult[] = municipalities.map((applications) => {
    const outcome = selectApplications({ cap: CAP, applications });
    if (!outcome.ok) throw new Error('generated data must be decided');
    return outcome.result;
  });
  const selected = performance.now();
  sampleHeap();

  const hashes = municipalities.map((applications) =>
    createHash('sha256')
      .update(JSON.stringify(canonicalInputs(CAP, applications)))
      .digest('hex'),
  );
  const hashed = performance.now();
  sampleHeap();

  const json = JSON.stringify(results);
  const serialised = performance.now();
  sampleHeap();

  return {
    selectMs: selected - started,
    hashMs: hashed - selected,
    serialiseMs: serialised - hashed,
    hashes,
    jsonBytes: Buffer.byteLength(json),
  };
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
console.log(
  `${APPLICATIONS} applications over ${MUNICIPALITIES} municipalities (cap ${CAP} each), generated in ${ms(
    performance.now() - generatedAt,
  ).trim()}`,
);
console.log(`  per municipality: ${municipalities.map((applications) => applications.length).join(', ')}`);
sampleHeap();

const runs: Run[] = [];
let first: ReturnType<typeof once> | undefined;
for (let run = 1; run <= RUNS; run++) {
  const result = once(municipalities);
  if (first && result.hashes.join() !== first.hashes.join()) throw new Error('the hashes changed between runs');
  first ??= result;
  runs.push(result);
  console.log(
    `  run ${run}: select ${ms(result.selectMs)}   canonicalise + SHA-256 ${ms(result.hashMs)}   JSON ${ms(
      result.serialiseMs,
    )}`,
  );
}

console.log(`\nMedian of ${RUNS} runs`);
console.log(`  select all ${MUNICIPALITIES} municipalities      ${ms(median(runs.map((run) => run.selectMs)))}`);
console.log(`  canonical inputs + SHA-256 (all)   ${ms(median(runs.map((run) => run.hashMs)))}`);
console.log(`  results as JSON (all)              ${ms(median(runs.map((run) => run.serialiseMs)))}`);
console.log(`  results JSON size                  ${((first?.jsonBytes ?? 0) / 1024 / 1024).toFixed(1)} MB`);
console.log(`  peak heap used (sampled)           ${(peakHeapBytes / 1024 / 1024).toFixed(0)} MB`);
console.log(`  first hash (municipality 1)        ${first?.hashes[0]}`);
