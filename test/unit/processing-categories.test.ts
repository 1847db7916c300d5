import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DATA_CATEGORIES } from '../../shared/domain/processing-categories.ts';
import { DATA_STORES, PROCESSORS } from '../../shared/domain/processing-services.ts';
import { LEGAL_BASES, RECIPIENTS, RETENTION_RULES } from '../../shared/domain/processing-terms.ts';
import { ApplicationSchema } from '../../shared/schemas/application.ts';
import { AuditEntrySchema } from '../../shared/schemas/audit.ts';
import type { DataCategory } from '../../shared/schemas/processing-record.ts';
import { SupportPlanSchema } from '../../shared/schemas/support-plan.ts';
import { fieldPaths } from '../helpers/schema-fields.ts';

/**
 * The house rule that keeps the record of processing true: every field the system stores about a person is
 * declared in a category of `shared/domain/processing-categories.ts`, each in one, and no category names a field
 * that is no longer stored. The categories themselves hold together: each names the services of its stores, a
 * category of health data an Art. 9 basis, and every basis, recipient, service, store and rule is one some
 * category uses.
 */

const STORED_ITEMS = { application: ApplicationSchema, supportPlan: SupportPlanSchema, auditEntry: AuditEntrySchema };
const WHERE = 'shared/domain/processing-categories.ts';

type Items = Record<string, z.ZodMiniType>;

function storedFields(items: Items): string[] {
  return Object.entries(items).flatMap(([item, schema]) => fieldPaths(schema).map((path) => `${item}:${path}`));
}

/** A declared path names the field itself and everything under it. */
function covers(declared: string, field: string): boolean {
  return field === declared || field.startsWith(`${declared}.`) || field.startsWith(`${declared}[]`);
}

/** The categories that claim `field` through its longest declared path: one, or the declarations disagree. */
function claimsOf(field: string, categories: readonly DataCategory[]) {
  const claims = categories.flatMap((category) =>
    category.fields
      .filter((declared) => covers(declared, field))
      .map((declared) => ({ declared, category: category.id })),
  );
  const longest = Math.max(0, ...claims.map(({ declared }) => declared.length));
  return claims.filter(({ declared }) => declared.length === longest);
}

function undeclared(items: Items, categories: readonly DataCategory[]): string[] {
  return storedFields(items).filter((field) => claimsOf(field, categories).length === 0);
}

describe('the categories of personal data cover what is stored', () => {
  it('finds the fields of each stored item, in lists, records and every branch of a union', () => {
    const fields = storedFields(STORED_ITEMS);
    expect(fields).toEqual(
      expect.arrayContaining([
        'application:person.firstName',
        'application:documents[].sha256',
        'application:review.scores.points.*',
        'supportPlan:versions[].agreement.signedOn',
        'supportPlan:end.reason',
        'auditEntry:actor.username',
      ]),
    );
  });

  it('declares every field of the stored applications, support plans and audit entries in a category', () => {
    expect(
      undeclared(STORED_ITEMS, DATA_CATEGORIES),
      `Fields no category of personal data names: add each to the fields of its category in ${WHERE}`,
    ).toEqual([]);
  });

  it('reports a field that is stored but declared nowhere', () => {
    const withNewField = { ...STORED_ITEMS, application: z.extend(ApplicationSchema, { nickname: z.string() }) };
    expect(undeclared(withNewField, DATA_CATEGORIES)).toEqual(['application:nickname']);
  });

  it('puts each field in one category', () => {
    const doubly = storedFields(STORED_ITEMS)
      .map((field) => ({ field, claims: claimsOf(field, DATA_CATEGORIES) }))
      .filter(({ claims }) => claims.length > 1)
      .map(({ field, claims }) => `${field}: ${claims.map(({ category }) => category).join(', ')}`);
    expect(doubly, `Fields declared in two categories of ${WHERE}: keep each in one`).toEqual([]);
  });

  it('lets a longer path name part of a field for another category', () => {
    expect(claimsOf('application:review.eligibility.by.username', DATA_CATEGORIES)).toEqual([
      { declared: 'application:review.eligibility.by', category: 'staff' },
    ]);
    expect(claimsOf('application:review.eligibility.messageForPerson', DATA_CATEGORIES)).toEqual([
      { declared: 'application:review', category: 'selection' },
    ]);
  });

  it('names no field that is not stored', () => {
    const fields = storedFields(STORED_ITEMS);
    const stale = DATA_CATEGORIES.flatMap((category) => category.fields).filter(
      (declared) => !fields.some((field) => covers(declared, field)),
    );
    expect(stale, `Fields ${WHERE} declares but no stored item has: remove or rename them`).toEqual([]);
  });
});

describe('the categories hold together', () => {
  it('gives each category its own id', () => {
    const ids = DATA_CATEGORIES.map((category) => category.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names, for each category, the service of every store it is kept in', () => {
    const missing = DATA_CATEGORIES.flatMap((category) =>
      category.stores
        .map((store) => DATA_STORES[store].processor)
        .filter((processor) => !category.processors.includes(processor))
        .map((processor) => `${category.id}: ${processor}`),
    );
    expect(missing).toEqual([]);
  });

  it('rests health data on an Art. 9(2) basis, and only health data', () => {
    for (const category of DATA_CATEGORIES) {
      const article9 = category.legalBases.some((basis) => basis.startsWith('gdpr-9-'));
      expect(article9, category.id).toBe(category.specialCategory);
    }
  });

  it('uses every legal basis, recipient, service, store and retention rule it declares', () => {
    const used = {
      legalBases: DATA_CATEGORIES.flatMap((category) => category.legalBases),
      recipients: DATA_CATEGORIES.flatMap((category) => category.recipients),
      processors: DATA_CATEGORIES.flatMap((category) => category.processors),
      stores: DATA_CATEGORIES.flatMap((category) => category.stores),
      retention: DATA_CATEGORIES.map((category) => category.retention),
    };
    expect(new Set(used.legalBases)).toEqual(new Set(Object.keys(LEGAL_BASES)));
    expect(new Set(used.recipients)).toEqual(new Set(Object.keys(RECIPIENTS)));
    expect(new Set(used.processors)).toEqual(new Set(Object.keys(PROCESSORS)));
    expect(new Set(used.stores)).toEqual(new Set(Object.keys(DATA_STORES)));
    expect(new Set(used.retention)).toEqual(new Set(Object.keys(RETENTION_RULES)));
  });
});
