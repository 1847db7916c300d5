import * as z from 'zod/mini';

/** A JSON Schema node, as far as `z.toJSONSchema` writes the request schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  minItems?: number;
}

/** Values tried, in order, for a text field with a pattern; the first the pattern takes is used. */
const PATTERNED = ['LV-016', 'KDMA-4729', 'ABCDE-23456', '00:01', 'demo', '0123456789abcdef0123', '+371 20000000'];

/**
 * A request body of the shape `schema` asks for, from its JSON Schema: every optional field too, so each can be
 * made odd in turn. `byName` gives the values a pattern cannot tell (a personal code, a valid day).
 */
export function sampleOf(schema: z.ZodMiniType, byName: Record<string, unknown>): unknown {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return sample(json, byName, '');
}

function sample(node: JsonSchema, byName: Record<string, unknown>, name: string): unknown {
  if (name in byName) return byName[name];
  const choice = node.anyOf ?? node.oneOf;
  if (choice?.[0]) return sample(choice[0], byName, name);
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0];
  switch (node.type) {
    case 'object': {
      const entries = Object.entries(node.properties ?? {}).map(([key, child]) => [key, sample(child, byName, key)]);
      if (entries.length === 0 && typeof node.additionalProperties === 'object') {
        return { [name || 'key']: sample(node.additionalProperties, byName, 'value') };
      }
      return Object.fromEntries(entries);
    }
    case 'array':
      return node.items
        ? Array.from({ length: Math.max(1, node.minItems ?? 1) }, () => sample(node.items as JsonSchema, byName, name))
        : [];
    case 'integer':
    case 'number':
      return Math.max(1, node.minimum ?? 1);
    case 'boolean':
      return true;
    case 'string':
      return textFor(node);
    default:
      return null;
  }
}

function textFor(node: JsonSchema): string {
  if (node.format === 'email') return 'anna@example.lv';
  if (node.format === 'date') return '2019-08-10';
  if (node.format === 'date-time') return '2019-08-10T10:00:00.000Z';
  if (node.pattern) {
    const pattern = new RegExp(node.pattern);
    return PATTERNED.find((value) => pattern.test(value)) ?? 'x';
  }
  return 'Teksts';
}

/** Every path to a leaf (text, number, true/false, null) of a sample, as property keys. */
export function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]));
  }
  return [path];
}

/** A copy of `value` with the leaf at `path` replaced. */
export function withLeaf(value: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = withLeaf(copy[head], rest, leaf);
  return copy;
}
