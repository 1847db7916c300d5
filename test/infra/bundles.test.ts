import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, bundleHandlers, floorClients } from '../../infra/bundle-report.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/bundling.ts';
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';
import { needsOf } from '../../infra/constructs/function-needs.ts';

/** The adapter of each need that loads an SDK client or jose, as the bundles name it. */
const ADAPTERS = {
  table: 'shared/adapters/dynamodb-client.ts',
  bucket: 'shared/adapters/s3/s3-document-store.ts',
  mail: 'shared/adapters/ses/ses-mailer.ts',
  staffAuth: 'shared/adapters/auth/jose-staff-token-verifier.ts',
} as const;

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
