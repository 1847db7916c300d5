import { type BundlingOptions, LogLevel, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { carriedAdapters } from '../../shared/carried-adapters.ts';
import type { FunctionNeeds } from '../../shared/function-needs.ts';

/**
 * esbuild bundles to ESM, but some CommonJS dependencies still call `require` for Node built-ins; ESM has no
 * `require`, so the bundle gets one made with `createRequire`. The alias avoids clashing with bundled names.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);";

/**
 * The one bundling configuration of every function, read by the CDK and by the bundle report (`npm run
 * bundle-report`), so the measured bundle is the deployed one. Each function adds what its needs let it carry
 * (`bundlingOf`).
 *
 * The AWS SDK is taken from the Lambda runtime, which ships SDK v3 (its clients and libraries, the document client
 * and the S3 presigners among them), rather than bundled. A function needs at least the clients of its needs, and
 * those alone, bundled, are over 340 KB minified (the DynamoDB client and document client): no function could stay
 * under 250 KB. Loading them from the runtime's node_modules costs about as much as from a bundle (some 8 % more
 * CPU, measured in turns), and the bundles keep only the project's own code. The price is the version: production
 * runs the SDK of the runtime, which AWS updates with the runtime, not the one pinned in package-lock.json that the
 * tests and the local host run. The code uses only long-standing clients and commands (DynamoDB and its document
 * client, S3 objects with presigned POST forms and GET links, SES SendEmail, Secrets Manager GetSecretValue). The
 * bundle report's floor follows the same choice: the runtime's clients, which it loads from node_modules as the
 * functions load them from the runtime.
 */
export const FUNCTION_BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  /** A map to read a logged stack by, without the source text itself; the functions do not load it. */
  sourcesContent: false,
  banner: ESM_REQUIRE_BANNER,
  /**
   * Latvian letters stay two bytes instead of six (`\u0101`): the message catalogue is in every function. Passed as
   * an argument because NodejsFunction (aws-cdk-lib 2.276) accepts `charset` but never hands it to esbuild.
   */
  esbuildArgs: { '--charset': 'utf8' },
  externalModules: ['@aws-sdk/*'],
  /** Keeps `cdk synth` output to problems only. */
  logLevel: LogLevel.WARNING,
};

/**
 * The bundling of one function: the shared options, and which adapter families its needs let it carry. Each
 * `import.meta.carries?.<family>` in `shared/composition.ts` becomes `true` or `false`, and esbuild leaves out the
 * code (and the SDK clients) of every family set to `false`: a function whose needs name no bucket has no S3 code.
 */
export function bundlingOf(needs: FunctionNeeds): BundlingOptions {
  const carried = carriedAdapters(needs);
  return {
    ...FUNCTION_BUNDLING,
    define: Object.fromEntries(
      Object.entries(carried).map(([family, carries]) => [`import.meta.carries.${family}`, String(carries)]),
    ),
  };
}

/** Keys of FUNCTION_BUNDLING that `toEsbuildOptions` knows how to translate. */
const TRANSLATED = new Set([
  'format',
  'target',
  'mainFields',
  'minify',
  'sourceMap',
  'sourcesContent',
  'banner',
  'esbuildArgs',
  'externalModules',
  'define',
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
    ...charsetOf(bundling.esbuildArgs),
    ...(bundling.define && { define: { ...bundling.define } }),
    external: [...(bundling.externalModules ?? [])],
  };
}

/** The one raw esbuild argument the functions pass, translated; any other would go unmeasured, so it throws. */
function charsetOf(args: BundlingOptions['esbuildArgs']): Pick<BuildOptions, 'charset'> {
  const { '--charset': charset, ...others } = args ?? {};
  if (Object.keys(others).length > 0) {
    throw new Error(`toEsbuildOptions does not translate esbuild argument(s): ${Object.keys(others).join(', ')}`);
  }
  if (charset === undefined) return {};
  if (charset !== 'utf8' && charset !== 'ascii') throw new Error(`Unknown charset: ${String(charset)}`);
  return { charset };
}
