import { describe, expect, it } from 'vitest';
import { bundleHandler } from '../../infra/bundle-report.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/bundling.ts';
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';

describe('function bundles, built as the CDK builds them', () => {
  it.each(DEPLOYED_HANDLERS)('bundles %s into a non-empty ESM file that can require CommonJS', async (handler) => {
    const bundle = await bundleHandler(handler);
    console.log(`${handler}: ${bundle.bytes} B minified, ${bundle.gzipBytes} B gzipped`);
    expect(bundle.bytes).toBeGreaterThan(0);
    const text = new TextDecoder().decode(bundle.code);
    expect(text.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    expect(text).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{[^}]*\bhandler\b/);
  });
});
