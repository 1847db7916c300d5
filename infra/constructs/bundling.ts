import { type BundlingOptions, LogLevel, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/**
 * esbuild bundles to ESM, but some CommonJS dependencies still call `require` for Node built-ins; ESM has no
 * `require`, so the bundle gets one made with `createRequire`. The alias avoids clashing with bundled names.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);";

/**
 * The one bundling configuration for every function, read by the CDK and by the bundle-size report so the
 * measured bundle is the deployed one. The AWS SDK is bundled (not taken from the runtime) so production runs
 * the SDK versions pinned in package-lock.json, the ones the tests ran against.
 */
export const FUNCTION_BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  /** Source maps give readable stack traces without shipping the source text itself. */
  sourcesContent: false,
  banner: ESM_REQUIRE_BANNER,
  externalModules: [],
  /** Keeps `cdk synth` output to problems only. */
  logLevel: LogLevel.WARNING,
};

/** Keys of FUNCTION_BUNDLING that `toEsbuildOptions` knows how to translate. */
const TRANSLATED = new Set([
  'format',
  'target',
  'mainFields',
  'minify',
  'sourceMap',
  'sourcesContent',
  'banner',
  'externalModules',
  // Console output only: the report collects errors from the build result instead.
  'logLevel',
]);

/**
 * The esbuild API options equal to the CLI arguments NodejsFunction passes for `bundling`. Throws on an option
 * it does not translate, so a new CDK bundling option cannot silently make the report measure something else.
 */
export function toEsbuildOptions(bundling: BundlingOptions, entry: string, outfile: string): BuildOptions {
  const untranslated = Object.keys(bundling).filter((key) => !TRANSLATED.has(key));
  if (untranslated.length > 0) {
    throw new Error(`toEsbuildOptions does not translate bundling option(s): ${untranslated.join(', ')}`);
  }
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    write: false,
    logLevel: 'silent',
    ...(bundling.format && { format: bundling.format === OutputFormat.ESM ? 'esm' : 'cjs' }),
    ...(bundling.target && { target: bundling.target }),
    ...(bundling.mainFields && { mainFields: [...bundling.mainFields] }),
    minify: bundling.minify ?? false,
    sourcemap: bundling.sourceMap ?? false,
    sourcesContent: bundling.sourcesContent ?? true,
    ...(bundling.banner && { banner: { js: bundling.banner } }),
    external: [...(bundling.externalModules ?? [])],
  };
}
