import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { FUNCTION_BUNDLING, toEsbuildOptions } from './constructs/bundling.ts';
import { DEPLOYED_HANDLERS, functionEntry, PROJECT_ROOT } from './constructs/function-entries.ts';

/** One function's deployable code, built exactly as `cdk synth` builds it. */
export interface Bundle {
  readonly handler: string;
  /** The minified `index.mjs`, without its source map. */
  readonly code: Uint8Array;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * Bundles one handler with the CDK's bundling options, in memory. Size matters on Lambda: cold start grows with
 * the code loaded, so this is how a heavy dependency gets noticed before it ships.
 */
export async function bundleHandler(handler: string): Promise<Bundle> {
  const outfile = join(PROJECT_ROOT, 'cdk.out', 'bundle-report', handler, 'index.mjs');
  const result = await build(toEsbuildOptions(FUNCTION_BUNDLING, functionEntry(handler), outfile));
  const output = result.outputFiles?.find((file) => file.path.endsWith('.mjs'));
  if (!output) throw new Error(`esbuild produced no index.mjs for ${handler}`);
  return {
    handler,
    code: output.contents,
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents).byteLength,
  };
}

async function main(): Promise<void> {
  const results = await Promise.allSettled(DEPLOYED_HANDLERS.map((handler) => bundleHandler(handler)));
  const width = Math.max(...DEPLOYED_HANDLERS.map((handler) => handler.length));
  const format = (bytes: number) => bytes.toLocaleString('en-US').padStart(11);
  console.log(`${'function'.padEnd(width)}  ${'minified B'.padStart(11)}  ${'gzipped B'.padStart(11)}`);
  let failed = 0;
  results.forEach((result, index) => {
    const handler = DEPLOYED_HANDLERS[index] ?? '?';
    if (result.status === 'fulfilled') {
      console.log(`${handler.padEnd(width)}  ${format(result.value.bytes)}  ${format(result.value.gzipBytes)}`);
    } else {
      failed += 1;
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      console.log(`${handler.padEnd(width)}  FAILED: ${reason}`);
    }
  });
  if (failed > 0) {
    console.error(`${failed} of ${results.length} functions failed to bundle.`);
    process.exitCode = 1;
  }
}

if (import.meta.main) await main();
