import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, bundleHandlers, floorClients } from '../../infra/bundle-report.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/bundling.ts';
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';
import { needsOf } from '../../infra/constructs/function-needs.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbAuditLog } from '../../shared/adapters/dynamodb/dynamodb-audit-log.ts';
import { DynamoDbNotificationLedger } from '../../shared/adapters/dynamodb/dynamodb-notification-ledger.ts';
import { DynamoDbPersonalData } from '../../shared/adapters/dynamodb/dynamodb-personal-data.ts';
import { DynamoDbRetentionStore } from '../../shared/adapters/dynamodb/dynamodb-retention.ts';
import { DynamoDbRoundRepository } from '../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { DynamoDbSelectionRunRepository } from '../../shared/adapters/dynamodb/dynamodb-selection-run-repository.ts';
import { DynamoDbServiceYearRepository } from '../../shared/adapters/dynamodb/dynamodb-service-years.ts';
import { DynamoDbSupportPlanRepository } from '../../shared/adapters/dynamodb/dynamodb-support-plans.ts';
import { carriedAdapters, TABLE_PORTS, type TablePort } from '../../shared/carried-adapters.ts';
import type { ApplicationRepository } from '../../shared/ports/application-repository.ts';
import type { PersonalDataStore } from '../../shared/ports/personal-data.ts';
import { routes } from '../../shared/routes.ts';
import type { StaffIdentity } from '../../shared/schemas/staff-identity.ts';
import { scopedPersonalData } from '../../shared/use-cases/data-requests/scoped-personal-data.ts';
import { scopedApplications } from '../../shared/use-cases/staff/scoped-applications.ts';

/** The adapter of each need that loads an SDK client or jose, as the bundles name it. */
const ADAPTERS = {
  table: 'shared/adapters/dynamodb-client.ts',
  bucket: 'shared/adapters/s3/s3-document-store.ts',
  mail: 'shared/adapters/ses/ses-mailer.ts',
  staffAuth: 'shared/adapters/auth/jose-staff-token-verifier.ts',
} as const;

/** The adapter of each port of the table: its file, as the bundles name it, and its class. */
const TABLE_ADAPTERS: Record<TablePort, { file: string; made: abstract new (...args: never[]) => unknown }> = {
  rounds: { file: 'dynamodb-round-repository.ts', made: DynamoDbRoundRepository },
  applications: { file: 'dynamodb-application-repository.ts', made: DynamoDbApplicationRepository },
  selectionRuns: { file: 'dynamodb-selection-run-repository.ts', made: DynamoDbSelectionRunRepository },
  serviceYears: { file: 'dynamodb-service-years.ts', made: DynamoDbServiceYearRepository },
  supportPlans: { file: 'dynamodb-support-plans.ts', made: DynamoDbSupportPlanRepository },
  notifications: { file: 'dynamodb-notification-ledger.ts', made: DynamoDbNotificationLedger },
  personalData: { file: 'dynamodb-personal-data.ts', made: DynamoDbPersonalData },
  retention: { file: 'dynamodb-retention.ts', made: DynamoDbRetentionStore },
  audit: { file: 'dynamodb-audit-log.ts', made: DynamoDbAuditLog },
};

/** A person's data reads selection runs through the runs' own adapter, so it carries that adapter within it. */
const CARRIED_WITHIN: Partial<Record<TablePort, readonly TablePort[]>> = { personalData: ['selectionRuns'] };

/** Staff use cases call the applications and a person's data through views of their own scope, by other methods. */
const NO_ONE = {} as StaffIdentity;
const STAFF_VIEWS: Partial<Record<TablePort, object>> = {
  applications: Object.getPrototypeOf(scopedApplications({} as ApplicationRepository, NO_ONE)),
  personalData: Object.getPrototypeOf(scopedPersonalData({} as PersonalDataStore, NO_ONE)),
};

/** The ports of the table whose adapters a bundle carries. */
function tablePortsIn(bundle: Bundle): TablePort[] {
  return TABLE_PORTS.filter((port) => bundle.sources.has(`shared/adapters/dynamodb/${TABLE_ADAPTERS[port].file}`));
}

/**
 * The ports of the table a bundle's code calls a method of: `ports.rounds.get(…)` keeps its property names through
 * minifying, as `e.rounds.get(`. A port handed on whole is called the same way where it is used.
 */
function tablePortsCalledIn(bundle: Bundle): TablePort[] {
  const text = new TextDecoder().decode(bundle.code);
  return TABLE_PORTS.filter((port) => {
    const prototypes = [TABLE_ADAPTERS[port].made.prototype, STAFF_VIEWS[port]].filter(Boolean);
    const methods = prototypes.flatMap((prototype) => Object.getOwnPropertyNames(prototype));
    return new RegExp(`\\.${port}\\.(${methods.filter((name) => name !== 'constructor').join('|')})\\(`).test(text);
  });
}

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

  it.each(DEPLOYED_HANDLERS)(
    '%s imports the AWS SDK clients of its needs and no other, from the runtime',
    (handler) => {
      const bundle = bundleOf(handler);
      expect([...bundle.bundled].filter((name) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/'))).toEqual(
        [],
      );
      const carried = carriedAdapters(needsOf(handler));
      // Its floor's packages, and at least the client of each family: a package only some adapters use may be left.
      expect([...bundle.imports].filter((name) => !(name in floorClients(needsOf(handler))))).toEqual([]);
      expect(bundle.imports.has('@aws-sdk/client-dynamodb')).toBe(carried.dynamodb);
      expect(bundle.imports.has('@aws-sdk/client-s3')).toBe(carried.s3);
      expect(bundle.imports.has('@aws-sdk/client-ses')).toBe(carried.ses);
    },
  );

  it.each(DEPLOYED_HANDLERS)('%s carries the adapters of its needs and no other', (handler) => {
    const needs = needsOf(handler);
    const sources = bundleOf(handler).sources;
    expect(sources.has(ADAPTERS.table)).toBe(needs.table !== undefined || needs.audit !== undefined);
    expect(sources.has(ADAPTERS.bucket)).toBe((needs.bucket ?? []).length > 0);
    expect(sources.has(ADAPTERS.mail)).toBe(needs.mail === true);
    expect(sources.has(ADAPTERS.staffAuth)).toBe(needs.staffAuth === true);
    expect(bundleOf(handler).bundled.has('jose')).toBe(needs.staffAuth === true);
  });

  it.each(DEPLOYED_HANDLERS)('%s carries the repositories its needs name and no other', (handler) => {
    const carried = carriedAdapters(needsOf(handler));
    const declared = TABLE_PORTS.filter((port) => carried[port]);
    const within = new Set(declared.flatMap((port) => CARRIED_WITHIN[port] ?? []));
    expect(tablePortsIn(bundleOf(handler))).toEqual(TABLE_PORTS.filter((port) => carried[port] || within.has(port)));
  });

  it.each(DEPLOYED_HANDLERS)('%s calls only the ports of the table its needs name', (handler) => {
    const carried = carriedAdapters(needsOf(handler));
    expect(tablePortsCalledIn(bundleOf(handler)).filter((port) => !carried[port])).toEqual([]);
  });

  it.each(DEPLOYED_HANDLERS)('%s names repositories exactly when it names the table', (handler) => {
    const needs = needsOf(handler);
    expect((needs.repositories ?? []).length > 0).toBe(needs.table !== undefined);
  });

  it("finds the table's ports a bundle calls, and finds none where there are none", () => {
    expect(tablePortsCalledIn(bundleOf('get-round'))).toEqual(['rounds']);
    expect(tablePortsCalledIn(bundleOf('list-audit-entries'))).toEqual(['audit']);
    expect(tablePortsCalledIn(bundleOf('get-openapi'))).toEqual([]);
    expect(tablePortsCalledIn(bundleOf('erase-application'))).toEqual([
      'rounds',
      'applications',
      'selectionRuns',
      'serviceYears',
      'supportPlans',
      'retention',
      'audit',
    ]);
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

  it.each(DEPLOYED_HANDLERS)('%s carries a use case unless it only describes the routes', (handler) => {
    const useCases = [...bundleOf(handler).sources].filter((source) => source.startsWith('shared/use-cases/'));
    // The OpenAPI document reads the table, whose declaration modules import every route's use case: it calls none.
    expect(useCases.length > 0).toBe(handler !== DESCRIBES_EVERY_ROUTE);
  });

  it("carries the route's own use case, which its declaration module imports", () => {
    expect(bundleOf('record-scores').sources).toContain('shared/use-cases/staff/review-decisions.ts');
    expect(bundleOf('get-round').sources).toContain('shared/use-cases/get-round.ts');
    expect(bundleOf('get-openapi').bundled.has('csv-stringify')).toBe(false);
    expect(bundleOf('export-queue').bundled.has('csv-stringify')).toBe(true);
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

  it.each(DEPLOYED_HANDLERS)('%s carries zod mini, neither classic zod nor its worded messages', (handler) => {
    const { sources } = JSON.parse(new TextDecoder().decode(bundleOf(handler).sourceMap)) as { sources: string[] };
    const zod = sources.flatMap((source) => /node_modules\/zod\/(.+)$/.exec(source)?.[1] ?? []);
    expect(zod).toContain('v4/mini/schemas.js');
    // The locales' index is only the empty namespace `zod/mini` exports them under; a locale is its own module.
    expect(
      zod.filter((module) => module.startsWith('v4/classic/') || /^v4\/locales\/(?!index\.js$)/.test(module)),
    ).toEqual([]);
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
