import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Metafile, type OutputFile } from 'esbuild';
import { type AdapterFamily, carriedAdapters } from '../shared/carried-adapters.ts';
import type { FunctionNeeds } from '../shared/function-needs.ts';
import { bundlingOf, toEsbuildOptions } from './constructs/bundling.ts';
import { DEPLOYED_HANDLERS, functionEntry, PROJECT_ROOT } from './constructs/function-entries.ts';
import { needsOf } from './constructs/function-needs.ts';

/*
 * `npm run bundle-report`: every deployed function's size, and the cold import of each against its floor, the
 * import of nothing but the AWS SDK packages its needs call for, built the same way and timed in the same run.
 * What a function loads beyond its floor is the project's own cost of a cold start. Timing is on by default with
 * few runs, so the report takes a few minutes on a busy 2-core machine; BUNDLE_REPORT_RUNS raises them (0: sizes
 * only).
 */

/** Where the report writes what it builds and times; `cdk synth` writes beside it. */
const OUT_DIR = join(PROJECT_ROOT, 'cdk.out', 'bundle-report');

/** The goals: each bundle at most 250,000 bytes minified, each cold import at most 1.2 times its floor's. */
const MAX_BYTES = 250_000;
const MAX_FLOOR_RATIO = 1.2;

/**
 * The AWS SDK clients each adapter family is made with, by package: the table's repositories and the audit log,
 * the document store with its presigned forms and links, the mailer; the staff token verifier needs none. A
 * function cannot do with less than the clients of the families its needs name, so their import is its floor. The
 * bundle test holds every bundle to these packages and to each family's client; a package that only some
 * repositories use (`util-dynamodb`, which `lib-dynamodb` loads anyway) stays in the floor either way.
 */
const SDK_CLIENTS: Record<AdapterFamily, Record<string, readonly string[]>> = {
  dynamodb: {
    '@aws-sdk/client-dynamodb': ['DynamoDBClient'],
    '@aws-sdk/lib-dynamodb': ['DynamoDBDocumentClient'],
    '@aws-sdk/util-dynamodb': ['unmarshall'],
  },
  s3: {
    '@aws-sdk/client-s3': ['S3Client'],
    '@aws-sdk/s3-presigned-post': ['createPresignedPost'],
    '@aws-sdk/s3-request-presigner': ['getSignedUrl'],
  },
  ses: { '@aws-sdk/client-ses': ['SESClient'] },
  staffTokens: {},
};

/** The SDK clients a function with these needs cannot do without, by package. */
export function floorClients(needs: FunctionNeeds): Record<string, readonly string[]> {
  const carried = carriedAdapters(needs);
  return Object.assign(
    {},
    ...Object.entries(SDK_CLIENTS).flatMap(([family, clients]) => (carried[family as AdapterFamily] ? [clients] : [])),
  );
}

/** One function's deployable code, built exactly as `cdk synth` builds it. */
export interface Bundle {
  readonly handler: string;
  /** The minified `index.mjs`, without its source map. */
  readonly code: Uint8Array;
  /** The source map the function ships beside it, to read its logged stacks by (not loaded at run time). */
  readonly sourceMap: Uint8Array;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** The project's files whose code it carries: `shared/composition/table-ports.ts`, … */
  readonly sources: ReadonlySet<string>;
  /** The packages whose code it carries: `zod`, `jose`, … */
  readonly bundled: ReadonlySet<string>;
  /** The packages it leaves to the runtime and imports as it loads: `@aws-sdk/client-dynamodb`, … */
  readonly imports: ReadonlySet<string>;
  /** The packages it leaves to the runtime and imports only when it reaches them: `@aws-sdk/client-secrets-manager`. */
  readonly importsLater: ReadonlySet<string>;
  /** Its minified bytes by what they come from: a package (`zod`) or a folder of the project (`shared/http`). */
  readonly parts: ReadonlyMap<string, number>;
}

/**
 * Bundles the handlers with each one's CDK bundling options, in memory: every function is its own bundle (nothing
 * is split or shared), as `cdk synth` builds it. Functions with the same options are built in one esbuild run, so
 * the sources are read and parsed once per kind of function. Size matters on Lambda: cold start grows with the
 * code loaded, so this is how a heavy dependency gets noticed before it ships.
 */
export async function bundleHandlers(handlers: readonly string[]): Promise<Bundle[]> {
  const bundles = new Map<string, Bundle>();
  for (const group of groupByBundling(handlers)) {
    const { entryPoints: _one, outfile: _file, ...options } = toEsbuildOptions(group.bundling, '', '');
    const result = await build({
      ...options,
      entryPoints: Object.fromEntries(group.handlers.map((handler) => [`${handler}/index`, functionEntry(handler)])),
      outdir: OUT_DIR,
      outExtension: { '.js': '.mjs' },
      metafile: true,
    });
    for (const handler of group.handlers) {
      bundles.set(handler, bundleOf(handler, join(OUT_DIR, handler, 'index.mjs'), result.outputFiles, result.metafile));
    }
  }
  return handlers.map((handler) => bundles.get(handler) as Bundle);
}

function groupByBundling(handlers: readonly string[]) {
  const groups = new Map<string, { bundling: ReturnType<typeof bundlingOf>; handlers: string[] }>();
  for (const handler of handlers) {
    const bundling = bundlingOf(needsOf(handler));
    const key = JSON.stringify(bundling);
    const group = groups.get(key) ?? { bundling, handlers: [] };
    group.handlers.push(handler);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function bundleOf(handler: string, path: string, files: OutputFile[] | undefined, metafile: Metafile): Bundle {
  const code = files?.find((file) => file.path === path)?.contents;
  const sourceMap = files?.find((file) => file.path === `${path}.map`)?.contents;
  const output = Object.entries(metafile.outputs).find(([file]) => join(PROJECT_ROOT, file) === path)?.[1];
  if (!code || !sourceMap || !output) throw new Error(`esbuild produced no index.mjs with its map for ${handler}`);
  // What esbuild read but left wholly out (tree-shaken, or types only) is not carried.
  const inputs = Object.entries(output.inputs).flatMap(([input, { bytesInOutput }]) =>
    bytesInOutput > 0 ? [input] : [],
  );
  const external = (kind: string) =>
    new Set(output.imports.filter((record) => record.external && record.kind === kind).map(({ path }) => path));
  return {
    handler,
    code,
    sourceMap,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    sources: new Set(inputs.filter((input) => !input.includes('node_modules/'))),
    bundled: new Set(inputs.flatMap((input) => packageOf(input))),
    imports: new Set([...external('import-statement')].filter((name) => !name.startsWith('node:'))),
    importsLater: new Set([...external('dynamic-import')].filter((name) => !name.startsWith('node:'))),
    parts: partsOf(output.inputs),
  };
}

/** The bytes each input brought into the output, summed by package or by the project folder it lies in. */
function partsOf(inputs: Metafile['outputs'][string]['inputs']): Map<string, number> {
  const parts = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const part = packageOf(input)[0] ?? (input.includes('/') ? input.slice(0, input.lastIndexOf('/')) : input);
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  return parts;
}

/** `…/node_modules/jose/dist/webapi/index.js` → `jose` (the innermost package); a project file → nothing. */
function packageOf(input: string): string[] {
  const inPackage = input.split('node_modules/').slice(1).at(-1);
  const name = inPackage && /^(@[^/]+\/[^/]+|[^@/][^/]*)/.exec(inPackage)?.[1];
  return name ? [name] : [];
}

/**
 * A floor: a bundle that exports nothing but the SDK clients of a function's needs, built with that function's
 * options (exported, so that the bundler keeps them: the SDK's packages declare no side effects).
 */
interface Floor {
  readonly packages: readonly string[];
  readonly path: string;
}

/**
 * Builds (and writes) the floor of every function that has one: a function whose needs call for no SDK package
 * (the OpenAPI document) has none, and its import is reported without a ratio.
 */
async function buildFloors(handlers: readonly string[]): Promise<Map<string, Floor>> {
  const floors = new Map<string, Floor>();
  const built = new Map<string, Floor>();
  for (const handler of handlers) {
    const needs = needsOf(handler);
    const clients = floorClients(needs);
    const packages = Object.keys(clients);
    if (packages.length === 0) continue;
    const name = packages.map((pkg) => pkg.replace('@aws-sdk/', '')).join('+');
    const floor = built.get(name) ?? (await buildFloor(clients, join(OUT_DIR, 'floors', name, 'index.mjs'), needs));
    built.set(name, floor);
    floors.set(handler, floor);
  }
  return floors;
}

async function buildFloor(
  clients: Record<string, readonly string[]>,
  path: string,
  needs: FunctionNeeds,
): Promise<Floor> {
  const { entryPoints: _one, ...options }: BuildOptions = toEsbuildOptions(bundlingOf(needs), '', path);
  const result = await build({
    ...options,
    stdin: {
      contents: Object.entries(clients)
        .map(([pkg, names]) => `export { ${names.join(', ')} } from '${pkg}';`)
        .join('\n'),
      resolveDir: PROJECT_ROOT,
      loader: 'ts',
    },
  });
  const code = result.outputFiles?.find((file) => file.path === path)?.contents;
  const sourceMap = result.outputFiles?.find((file) => file.path === `${path}.map`)?.contents;
  if (!code || !sourceMap) throw new Error(`esbuild produced no floor at ${path}`);
  write(path, code, sourceMap);
  return { packages: Object.keys(clients), path };
}

function write(path: string, code: Uint8Array, sourceMap: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  writeFileSync(`${path}.map`, sourceMap);
}

/** One cold import: its wall time and the CPU time the process spent on it, in milliseconds. */
interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

/**
 * One cold import of `file` by a fresh `node` process, timed by that process around its `await import()`: the
 * import itself, without Node's own start, which is the same for every file and would only add noise. The process
 * runs as the deployed functions do, without `--enable-source-maps`.
 */
function timeImport(file: string): Sample {
  const script =
    'const cpu = process.cpuUsage(); const started = performance.now(); ' +
    `await import(${JSON.stringify(pathToFileURL(file).href)}); ` +
    'const wall = performance.now() - started; const { user, system } = process.cpuUsage(cpu); ' +
    'process.stdout.write(JSON.stringify({ wall, cpu: (user + system) / 1000 }));';
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Sample;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Medians of a function's cold imports, and of its floor's with the ratio of the two. */
interface ColdImport {
  readonly own: Sample;
  /** Absent for a function without a floor. */
  readonly floor?: Sample;
  readonly ratio?: Sample;
}

/**
 * Times every bundle against its floor: in each round, per function, its bundle and its floor one right after the
 * other, so that a busy moment of the shared machine falls on both. One untimed round first fills the file cache.
 * The ratio is the median of the rounds' ratios of such pairs; the times are the medians of the rounds. Nothing is
 * subtracted. CPU time is the steadier measure on shared cores (a process waiting for a core spends wall time but no
 * CPU time), and the nearer one to Lambda, where a 512 MB function gets about a third of a vCPU, so a CPU-bound
 * import lasts there about three times its CPU time; the goals are judged on it, and wall time is shown beside it.
 */
function timeColdImports(bundles: readonly Written[], floors: ReadonlyMap<string, Floor>, runs: number) {
  const samples = new Map(bundles.map(({ handler }) => [handler, [] as { own: Sample; floor?: Sample }[]]));
  for (let round = -1; round < runs; round += 1) {
    for (const { handler, path } of bundles) {
      const own = timeImport(path);
      const floorPath = floors.get(handler)?.path;
      const floor = floorPath ? timeImport(floorPath) : undefined;
      if (round >= 0) samples.get(handler)?.push({ own, ...(floor && { floor }) });
    }
  }
  const results = new Map<string, ColdImport>();
  for (const [handler, pairs] of samples) {
    const of = (values: readonly Sample[], measure: keyof Sample) => median(values.map((value) => value[measure]));
    const own = pairs.map((pair) => pair.own);
    const floor = pairs.flatMap((pair) => (pair.floor ? [pair.floor] : []));
    const ratios = pairs.flatMap((pair) =>
      pair.floor ? [{ wall: pair.own.wall / pair.floor.wall, cpu: pair.own.cpu / pair.floor.cpu }] : [],
    );
    results.set(handler, {
      own: { wall: of(own, 'wall'), cpu: of(own, 'cpu') },
      ...(floor.length > 0 && {
        floor: { wall: of(floor, 'wall'), cpu: of(floor, 'cpu') },
        ratio: { wall: of(ratios, 'wall'), cpu: of(ratios, 'cpu') },
      }),
    });
  }
  return results;
}

function runsWanted(): number {
  const value = process.env.BUNDLE_REPORT_RUNS ?? '5';
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 0) throw new Error(`BUNDLE_REPORT_RUNS must be a whole number, not ${value}`);
  return runs;
}

interface Written {
  readonly handler: string;
  readonly path: string;
}

async function main(): Promise<void> {
  const runs = runsWanted();
  const bundles = await bundleHandlers(DEPLOYED_HANDLERS);
  rmSync(OUT_DIR, { recursive: true, force: true });
  const written: Written[] = bundles.map((bundle) => {
    const path = join(OUT_DIR, bundle.handler, 'index.mjs');
    write(path, bundle.code, bundle.sourceMap);
    return { handler: bundle.handler, path };
  });
  const floors = await buildFloors(DEPLOYED_HANDLERS);
  const timing = runs > 0 ? timeColdImports(written, floors, runs) : undefined;
  printTable(bundles, floors, timing);

  const largest = bundles.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const overBytes = bundles.filter((bundle) => bundle.bytes > MAX_BYTES).length;
  console.log(
    `\n${bundles.length} functions; the largest, ${largest.handler}, ${format(largest.bytes)} B minified ` +
      `(goal ≤ ${format(MAX_BYTES)} B); ${overBytes} over. Its largest parts: ${largestParts(largest)}.`,
  );
  const cold = timing && coldSummary(timing);
  if (cold) {
    console.log(
      `Cold import against the floor, medians of ${runs} runs, nothing subtracted: CPU time highest ` +
        `${cold.cpu.worst} ${cold.cpu.max.toFixed(2)}×, median ${cold.cpu.median.toFixed(2)}× (goal ≤ ` +
        `${MAX_FLOOR_RATIO}; ${cold.cpu.over} over); wall time highest ${cold.wall.worst} ` +
        `${cold.wall.max.toFixed(2)}×, median ${cold.wall.median.toFixed(2)}×. Without a floor: ` +
        `${cold.withoutFloor.map(([handler, own]) => `${handler} ${own.cpu.toFixed(1)} ms CPU`).join(', ') || 'none'}.`,
    );
  }
  console.log(
    JSON.stringify({
      functions: bundles.length,
      largestBytes: largest.bytes,
      largestFunction: largest.handler,
      smallestBytes: Math.min(...bundles.map((bundle) => bundle.bytes)),
      overBytesGoal: overBytes,
      ...(cold && {
        runs,
        subtracted: 'nothing',
        maxFloorRatioCpu: round2(cold.cpu.max),
        maxFloorRatioCpuFunction: cold.cpu.worst,
        medianFloorRatioCpu: round2(cold.cpu.median),
        overRatioGoalCpu: cold.cpu.over,
        maxFloorRatioWall: round2(cold.wall.max),
        medianFloorRatioWall: round2(cold.wall.median),
        medianImportCpuMs: round1(cold.medianOwnCpu),
        medianFloorCpuMs: round1(cold.medianFloorCpu),
      }),
      // Per function: minified bytes, then (when timed) CPU ms, floor CPU ms, CPU ratio, wall ms, wall ratio.
      perFunction: Object.fromEntries(
        bundles.map((bundle) => {
          const result = timing?.get(bundle.handler);
          const figures = result
            ? [
                round1(result.own.cpu),
                ...(result.floor && result.ratio
                  ? [
                      round1(result.floor.cpu),
                      round2(result.ratio.cpu),
                      round1(result.own.wall),
                      round2(result.ratio.wall),
                    ]
                  : [round1(result.own.wall)]),
              ]
            : [];
          return [bundle.handler, [bundle.bytes, ...figures]];
        }),
      ),
    }),
  );
}

const format = (bytes: number) => bytes.toLocaleString('en-US');

/** What most of a bundle is: its eight largest parts, with their bytes. */
function largestParts(bundle: Bundle): string {
  return [...bundle.parts]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 8)
    .map(([part, bytes]) => `${part} ${format(bytes)} B`)
    .join(', ');
}
const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

function coldSummary(results: ReadonlyMap<string, ColdImport>) {
  const withFloor = [...results].flatMap(([handler, result]) =>
    result.floor && result.ratio ? [{ handler, floor: result.floor, ratio: result.ratio, own: result.own }] : [],
  );
  const summary = (measure: keyof Sample) => {
    const worst = withFloor.reduce((a, b) => (b.ratio[measure] > a.ratio[measure] ? b : a));
    return {
      worst: worst.handler,
      max: worst.ratio[measure],
      median: median(withFloor.map((result) => result.ratio[measure])),
      over: withFloor.filter((result) => result.ratio[measure] > MAX_FLOOR_RATIO).length,
    };
  };
  if (withFloor.length === 0) return undefined;
  return {
    cpu: summary('cpu'),
    wall: summary('wall'),
    medianOwnCpu: median(withFloor.map((result) => result.own.cpu)),
    medianFloorCpu: median(withFloor.map((result) => result.floor.cpu)),
    withoutFloor: [...results].flatMap(([handler, result]) => (result.floor ? [] : [[handler, result.own] as const])),
  };
}

function printTable(
  bundles: readonly Bundle[],
  floors: ReadonlyMap<string, Floor>,
  results: ReadonlyMap<string, ColdImport> | undefined,
): void {
  const width = Math.max(...bundles.map((bundle) => bundle.handler.length));
  const cell = (text: string | number, size: number) => String(text).padStart(size);
  const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(1));
  const times = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(2)}×`);
  console.log(
    `${'function'.padEnd(width)}  ${cell('minified B', 10)}  ${cell('gzipped B', 9)}  ${cell('CPU ms', 6)}  ` +
      `${cell('floor', 5)}  ${cell('ratio', 5)}  ${cell('wall ms', 7)}  ${cell('floor', 5)}  ${cell('ratio', 5)}  ` +
      'floor: SDK packages',
  );
  for (const bundle of bundles) {
    const result = results?.get(bundle.handler);
    const packages = floors.get(bundle.handler)?.packages.map((pkg) => pkg.replace('@aws-sdk/', '')) ?? [];
    console.log(
      `${bundle.handler.padEnd(width)}  ${cell(format(bundle.bytes), 10)}  ${cell(format(bundle.gzipBytes), 9)}  ` +
        `${cell(ms(result?.own.cpu), 6)}  ${cell(ms(result?.floor?.cpu), 5)}  ${cell(times(result?.ratio?.cpu), 5)}  ` +
        `${cell(ms(result?.own.wall), 7)}  ${cell(ms(result?.floor?.wall), 5)}  ${cell(times(result?.ratio?.wall), 5)}  ` +
        `${packages.join(', ') || '(none)'}`,
    );
  }
}

if (import.meta.main) await main();
