import { describe, expect, it } from 'vitest';
import { carriedAdapters } from '../../shared/carried-adapters.ts';
import { createPorts } from '../../shared/composition.ts';
import { MemoryDocumentStore } from '../fakes/memory-document-store.ts';

const ROOT_SECRET = new Uint8Array(32).fill(7);

describe('the composition root', () => {
  it('fails on a port of a family the function does not carry when it is used, naming the need to declare', () => {
    const ports = createPorts(ROOT_SECRET, {});
    expect(() => ports.rounds).toThrow(
      'This function carries no dynamodb adapters: its needs must name table or audit.',
    );
    expect(() => ports.audit).toThrow(/needs must name table or audit/);
    expect(() => ports.documents).toThrow('This function carries no s3 adapters: its needs must name bucket.');
    expect(() => ports.mailer).toThrow('This function carries no ses adapters: its needs must name mail.');
    expect(() => ports.staffTokens).toThrow(
      'This function carries no staffTokens adapters: its needs must name staffAuth.',
    );
  });

  it('hands out the ports of the families it carries, and the keyring and random numbers to every function', () => {
    const store = new MemoryDocumentStore();
    const ports = createPorts(ROOT_SECRET, { documents: () => ({ documents: store, documentErasure: store }) });
    expect(ports.documents).toBe(store);
    expect(ports.keyring).toBeDefined();
    expect(ports.randomInt(1)).toBe(0);
    expect(() => ports.applications).toThrow(/table or audit/);
  });
});

describe('the adapters a deployed function carries', () => {
  it('are exactly the families its needs name', () => {
    const none = { dynamodb: false, s3: false, ses: false, staffTokens: false };
    expect(carriedAdapters({})).toEqual(none);
    expect(carriedAdapters({ table: 'read' })).toEqual({ ...none, dynamodb: true });
    expect(carriedAdapters({ audit: 'appendAndRead', staffAuth: true })).toEqual({
      ...none,
      dynamodb: true,
      staffTokens: true,
    });
    expect(carriedAdapters({ table: 'readWrite', bucket: ['readUploads'], mail: true })).toEqual({
      ...none,
      dynamodb: true,
      s3: true,
      ses: true,
    });
  });

  it('include no document store for an empty list of bucket actions, nor a mailer or verifier set to false', () => {
    expect(carriedAdapters({ table: 'read', bucket: [], mail: false, staffAuth: false })).toEqual({
      dynamodb: true,
      s3: false,
      ses: false,
      staffTokens: false,
    });
  });
});
