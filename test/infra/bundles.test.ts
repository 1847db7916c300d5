import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, bundleHandlers } from '../../infra/bundle-report.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/bundling.ts';
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';

describe('function bundles, built as the CDK builds them', () => {
  const bundles = new Map<string, Bundle>();
  beforeAll(async () => {
    for (const bundle of await bundleHandlers(DEPLOYED_HANDLERS)) bundles.set(bundle.handler, bundle);
  });

  it.each(DEPLOYED_HANDLERS)('bundles %s into a non-empty ESM file that can require CommonJS', (handler) => {
    const bundle = bundles.get(handler);
    if (!bundle) throw new Error(`no bundle for ${handler}`);
    console.log(`${handler}: ${bundle.bytes} B minified, ${bundle.gzipBytes} B gzipped`);
    expect(bundle.bytes).toBeGreaterThan(0);
    const text = new TextDecoder().decode(bundle.code);
    expect(text.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    expect(text).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{[^}]*\bhandler\b/);
  });
});
