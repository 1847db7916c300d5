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
 * Bundles the handlers with the CDK's bundling options, in memory, in one esbuild run: each entry still becomes a
 * bundle of its own (nothing is split or shared), as `cdk synth` builds it, but the sources are read and parsed
 * once. Size matters on Lambda: cold start grows with the code loaded, so this is how a heavy dependency gets
 * noticed before it ships.
 */
export async function bundleHandlers(handlers: readonly string[]): Promise<Bundle[]> {
  const { entryPoints: _one, outfile: _file, ...options } = toEsbuildOptions(FUNCTION_BUNDLING, '', '');
  const outdir = join(PROJECT_ROOT, 'cdk.out', 'bundle-report');
  const result = await build({
    ...options,
    entryPoints: Object.fromEntries(handlers.map((handler) => [`${handler}/index`, functionEntry(handler)])),
    outdir,
    outExtension: { '.js': '.mjs' },
  });
  return handlers.map((handler) => {
    const output = result.outputFiles?.find((file) => file.path === join(outdir, handler, 'index.mjs'));
    if (!output) throw new Error(`esbuild produced no index.mjs for ${handler}`);
    return {
      handler,
      code: output.contents,
      bytes: output.contents.byteLength,
      gzipBytes: gzipSync(output.contents).byteLength,
    };
  });
}

async function main(): Promise<void> {
  const bundles = await bundleHandlers(DEPLOYED_HANDLERS);
  const width = Math.max(...DEPLOYED_HANDLERS.map((handler) => handler.length));
  const format = (bytes: number) => bytes.toLocaleString('en-US').padStart(11);
  console.log(`${'function'.padEnd(width)}  ${'minified B'.padStart(11)}  ${'gzipped B'.padStart(11)}`);
  for (const bundle of bundles) {
    console.log(`${bundle.handler.padEnd(width)}  ${format(bundle.bytes)}  ${format(bundle.gzipBytes)}`);
  }
}

if (import.meta.main) await main();
