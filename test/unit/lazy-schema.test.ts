import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { lazySchema } from '../../shared/schemas/lazy-schema.ts';

const SHAPE = { name: z.string().check(z.minLength(1)), count: z.optional(z.int().check(z.minimum(0))) };

/** A lazy schema with a count of how often it was built. */
function counted() {
  let builds = 0;
  const schema = lazySchema(() => {
    builds += 1;
    return z.strictObject(SHAPE);
  });
  return { schema, builds: () => builds };
}

describe('a schema built on first use', () => {
  it('is not built until something reads it, and then only once', () => {
    const { schema, builds } = counted();
    const outer = lazySchema(() => z.strictObject({ inner: schema }));
    expect(builds()).toBe(0);
    expect(outer.safeParse({ inner: { name: 'a' } }).success).toBe(true);
    expect(schema.safeParse({ name: 'b', count: 2 }).success).toBe(true);
    expect(schema.shape.name).toBe(schema.shape.name);
    expect(builds()).toBe(1);
  });

  it('accepts, refuses and reports exactly as the schema itself, alone and within others', () => {
    const eager = z.strictObject(SHAPE);
    const { schema } = counted();
    for (const input of [{ name: 'a' }, { name: '' }, { name: 'a', count: -1 }, { name: 'a', extra: 1 }, null]) {
      expect(schema.safeParse(input)).toEqual(eager.safeParse(input));
      expect(z.array(schema).safeParse([input])).toEqual(z.array(eager).safeParse([input]));
      expect(z.extend(schema, { more: z.boolean() }).safeParse(input)).toEqual(
        z.extend(eager, { more: z.boolean() }).safeParse(input),
      );
    }
  });

  it('is described by the same JSON Schema, and is what the schema is', () => {
    const eager = z.strictObject(SHAPE);
    const { schema } = counted();
    expect(z.toJSONSchema(z.optional(schema))).toEqual(z.toJSONSchema(z.optional(eager)));
    expect(schema).toBeInstanceOf(z.ZodMiniObject);
    expect(Object.keys(schema.shape)).toEqual(['name', 'count']);
  });
});
