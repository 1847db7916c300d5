import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftReferences, newReference, REFERENCE_DRAWS } from '../../shared/domain/reference.ts';
import { ReferenceSchema } from '../../shared/schemas/common.ts';

describe('reference number', () => {
  it('is four letters and four digits without look-alikes or letters missing from Latvian', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (draws) => {
        let next = 0;
        const reference = newReference((max) => (draws[next++] as number) % max);
        expect(reference).toMatch(/^[A-Z]{4}-[2-9]{4}$/);
        expect(reference).not.toMatch(/[01OILQWXY]/);
        expect(ReferenceSchema.parse(reference)).toBe(reference);
      }),
    );
  });

  it('is drawn from an idempotency key’s hash the same way every time, a few different ones per key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const keyHash = Buffer.from(bytes).toString('hex');
        const references = draftReferences(keyHash);
        expect(references).toHaveLength(REFERENCE_DRAWS);
        for (const reference of references) expect(ReferenceSchema.parse(reference)).toBe(reference);
        expect(draftReferences(keyHash)).toEqual(references);
      }),
    );
    const zero = '0'.repeat(64);
    expect(draftReferences(zero)[0]).toBe('AAAA-2222');
    expect(new Set(draftReferences('f'.repeat(64))).size).toBe(REFERENCE_DRAWS);
    expect(draftReferences(`${'0'.repeat(63)}1`)[0]).toBe('BAAA-2222');
    expect(() => draftReferences('not-a-hash')).toThrow(RangeError);
  });

  it('is read back case-insensitively and with spaces trimmed', () => {
    expect(ReferenceSchema.parse(' kdma-4729 ')).toBe('KDMA-4729');
    expect(ReferenceSchema.safeParse('KDMO-4729').success).toBe(false);
  });
});
