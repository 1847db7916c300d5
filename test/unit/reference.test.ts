import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newReference } from '../../shared/domain/reference.ts';
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

  it('is read back case-insensitively and with spaces trimmed', () => {
    expect(ReferenceSchema.parse(' kdma-4729 ')).toBe('KDMA-4729');
    expect(ReferenceSchema.safeParse('KDMO-4729').success).toBe(false);
  });
});
