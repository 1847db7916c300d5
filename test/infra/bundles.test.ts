import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, bundleHandlers, floorClients } from '../../infra/bundle-report.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/bundling.ts';
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';
import { needsOf } from '../../infra/constructs/function-needs.ts';
import { routes } from '../../shared/routes.ts';

/** The adapter of each need that loads an SDK client or jose, as the bundles name it. */
const ADAPTERS = {
  table: 'shared/adapters/dynamodb-client.ts',
  bucket: 'shared/adapters/s3/s3-document-store.ts',
  mail: 'shared/adapters/ses/ses-mailer.ts',
  staffAuth: 'shared/adapters/auth/jose-staff-token-verifier.ts',
} as const;

const ROUTE_HANDLERS: ReadonlySet<string> = new Set(routes.map((route) => route.handler));

/** The OpenAPI document describes every route, so its function alone carries the whole table. */
const DESCRIBES_EVERY_ROUTE = 'get-openapi';

/** The routes whose declaration module (`shared/routes/<handler>.ts`) a bundle carries. */
function declarationsIn(bundle: Bundle): string[] {
  return [...bundle.sources].flatMap((source) => {
    const handler = /^shared\/routes\/([a-z-]+)\.ts$/.exec(source)?.[1];
    return handler && ROUTE_HANDLERS.has(handler) ? [handler] : [];
  });
}

describe('function bundles, built as the CDK builds them', () => {
  const bundles = new Map<string, Bundle>();
  beforeAll(async () => {
    for (const bundle of await bundleHandlers(DEPLOYED_HANDLERS)) bundles.set(bundle.handler, bundle);
  });
  const bundleOf = (handler: string): Bundle => {
    const bundle = bundles.get(handler);
    if (!bundle) throw new Error(`no bundle for ${handler}`);
    return bundle;
  };

  it.each(DEPLOYED_HANDLERS)('bundles %s into a non-empty ESM file that can require CommonJS', (handler) => {
    const bundle = bundleOf(handler);
    expect(bundle.bytes).toBeGreaterThan(0);
    const text = new TextDecoder().decode(bundle.code);
    expect(text.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    expect(text).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{[^}]*\bhandler\b/);
  });

  it.each(DEPLOYED_HANDLERS)('%s imports exactly the AWS SDK clients of its needs, from the runtime', (handler) => {
    const bundle = bundleOf(handler);
    expect([...bundle.bundled].filter((name) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/'))).toEqual(
      [],
    );
    expect([...bundle.imports].sort()).toEqual(Object.keys(floorClients(needsOf(handler))).sort());
  });

  it.each(DEPLOYED_HANDLERS)('%s carries the adapters of its needs and no other', (handler) => {
    const needs = needsOf(handler);
    const sources = bundleOf(handler).sources;
    expect(sources.has(ADAPTERS.table)).toBe(needs.table !== undefined || needs.audit !== undefined);
    expect(sources.has(ADAPTERS.bucket)).toBe((needs.bucket ?? []).length > 0);
    expect(sources.has(ADAPTERS.mail)).toBe(needs.mail === true);
    expect(sources.has(ADAPTERS.staffAuth)).toBe(needs.staffAuth === true);
    expect(bundleOf(handler).bundled.has('jose')).toBe(needs.staffAuth === true);
  });

  it.each(DEPLOYED_HANDLERS)("%s carries its own route's declaration and no other route's", (handler) => {
    const bundle = bundleOf(handler);
    if (handler === DESCRIBES_EVERY_ROUTE) {
      expect(declarationsIn(bundle).sort()).toEqual([...ROUTE_HANDLERS].sort());
      expect(bundle.sources.has('shared/routes.ts')).toBe(true);
      return;
    }
    expect(declarationsIn(bundle)).toEqual(ROUTE_HANDLERS.has(handler) ? [handler] : []);
    expect(bundle.sources.has('shared/routes.ts')).toBe(false);
  });

  it('says what the bytes of a bundle come from, by package and by project folder', () => {
    const bundle = bundleOf('get-round');
    const counted = [...bundle.parts.values()].reduce((sum, bytes) => sum + bytes, 0);
    // What is not counted is the bundler's own glue between modules and the banner.
    expect(counted).toBeLessThanOrEqual(bundle.bytes);
    expect(counted).toBeGreaterThan(bundle.bytes * 0.95);
    expect(bundle.parts.get('zod')).toBeGreaterThan(0);
    expect(bundle.parts.get('shared/routes')).toBeGreaterThan(0);
    expect(bundle.parts.get('functions')).toBeGreaterThan(0);
    expect([...bundle.parts.keys()].filter((part) => part.includes('node_modules'))).toEqual([]);
  });

  it('leaves S3 out of a function whose needs name no bucket, and keeps it in one whose needs do', () => {
    expect(needsOf('get-round').bucket).toBeUndefined();
    expect(bundleOf('get-round').imports.has('@aws-sdk/client-s3')).toBe(false);
    expect(bundleOf('get-round').sources.has(ADAPTERS.bucket)).toBe(false);
    expect(needsOf('submit-application').bucket).toContain('readUploads');
    expect(bundleOf('submit-application').imports.has('@aws-sdk/client-s3')).toBe(true);
  });

  it.each(DEPLOYED_HANDLERS)('%s loads the Secrets Manager client only when it reads a secret', (handler) => {
    const bundle = bundleOf(handler);
    expect(bundle.imports.has('@aws-sdk/client-secrets-manager')).toBe(false);
    expect([...bundle.importsLater]).toEqual(['@aws-sdk/client-secrets-manager']);
  });
});
