import { describe, expect, it } from 'vitest';
import { carriedAdapters } from '../../shared/carried-adapters.ts';
import { declaredPorts } from '../../shared/composition/declared-ports.ts';
import { createPorts } from '../../shared/composition.ts';
import { STAFF_NEEDS } from '../../shared/function-needs.ts';
import type { Ports } from '../../shared/ports/index.ts';
import { MemoryDocumentStore } from '../fakes/memory-document-store.ts';

const ROOT_SECRET = new Uint8Array(32).fill(7);

describe('the composition root', () => {
  it('fails on a port the function does not carry when it is used, naming the need to declare', () => {
    const ports = createPorts(ROOT_SECRET, {});
    expect(() => ports.rounds).toThrow(
      'This function carries no rounds adapter: its needs must name table and the rounds repository.',
    );
    expect(() => ports.audit).toThrow('This function carries no audit adapter: its needs must name audit.');
    expect(() => ports.documents).toThrow('This function carries no s3 adapter: its needs must name bucket.');
    expect(() => ports.mailer).toThrow('This function carries no ses adapter: its needs must name mail.');
    expect(() => ports.staffTokens).toThrow(
      'This function carries no staffTokens adapter: its needs must name staffAuth.',
    );
  });

  it('hands out the ports it carries, and the keyring and random numbers to every function', () => {
    const store = new MemoryDocumentStore();
    const ports = createPorts(ROOT_SECRET, { documents: () => ({ documents: store, documentErasure: store }) });
    expect(ports.documents).toBe(store);
    expect(ports.keyring).toBeDefined();
    expect(ports.randomInt(1)).toBe(0);
    expect(() => ports.applications).toThrow(/table and the applications repository/);
  });

  it('hands out the repositories of the table it carries, one by one', () => {
    const rounds = {} as Ports['rounds'];
    const ports = createPorts(ROOT_SECRET, { table: () => ({ rounds: () => rounds }) });
    expect(ports.rounds).toBe(rounds);
    expect(() => ports.applications).toThrow(/table and the applications repository/);
    expect(() => ports.audit).toThrow(/must name audit/);
  });
});

describe('the ports a function declares', () => {
  const everything = {
    rounds: 'rounds',
    applications: 'applications',
    audit: 'audit',
    documents: 'documents',
    staffTokens: 'staffTokens',
    keyring: 'keyring',
  } as unknown as Ports;

  it('are handed out, and every other port fails when used, as it does in the deployed function', () => {
    const ports = declaredPorts(everything, { table: 'read', repositories: ['rounds'] });
    expect(ports.rounds).toBe('rounds');
    expect(ports.keyring).toBe('keyring');
    expect(() => ports.applications).toThrow(/table and the applications repository/);
    expect(() => ports.audit).toThrow(/must name audit/);
    expect(() => ports.documents).toThrow(/must name bucket/);
    expect(() => ports.staffTokens).toThrow(/must name staffAuth/);
  });

  it('include no repository named without the table', () => {
    const ports = declaredPorts(everything, { repositories: ['rounds'] });
    expect(() => ports.rounds).toThrow(/table and the rounds repository/);
  });

  it("include the audit log and token verifier of every staff function, beside its route's own", () => {
    const ports = declaredPorts(everything, { ...STAFF_NEEDS, table: 'read', repositories: ['applications'] });
    expect(ports.audit).toBe('audit');
    expect(ports.staffTokens).toBe('staffTokens');
    expect(ports.applications).toBe('applications');
    expect(() => ports.rounds).toThrow(/rounds repository/);
  });
});

describe('the adapters a deployed function carries', () => {
  const none = {
    dynamodb: false,
    s3: false,
    ses: false,
    staffTokens: false,
    rounds: false,
    applications: false,
    selectionRuns: false,
    serviceYears: false,
    supportPlans: false,
    notifications: false,
    personalData: false,
    retention: false,
    audit: false,
  };

  it('are exactly the families and repositories its needs name', () => {
    expect(carriedAdapters({})).toEqual(none);
    expect(carriedAdapters({ table: 'read', repositories: ['rounds'] })).toEqual({
      ...none,
      dynamodb: true,
      rounds: true,
    });
    expect(carriedAdapters({ audit: 'appendAndRead', staffAuth: true })).toEqual({
      ...none,
      dynamodb: true,
      audit: true,
      staffTokens: true,
    });
    expect(
      carriedAdapters({
        table: 'readWrite',
        repositories: ['applications', 'notifications'],
        bucket: ['readUploads'],
        mail: true,
      }),
    ).toEqual({ ...none, dynamodb: true, applications: true, notifications: true, s3: true, ses: true });
  });

  it('include no repository without the table, nor DynamoDB for a table without repositories', () => {
    expect(carriedAdapters({ repositories: ['rounds'] })).toEqual(none);
    expect(carriedAdapters({ table: 'read' })).toEqual(none);
  });

  it('include no document store for an empty list of bucket actions, nor a mailer or verifier set to false', () => {
    expect(
      carriedAdapters({ table: 'read', repositories: ['rounds'], bucket: [], mail: false, staffAuth: false }),
    ).toEqual({ ...none, dynamodb: true, rounds: true });
  });
});
