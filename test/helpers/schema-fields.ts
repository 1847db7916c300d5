import * as z from 'zod/mini';

/** A JSON Schema node, as far as `z.toJSONSchema` writes the stored items' schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
}

/**
 * Every field of what `schema` stores, down to its leaves (text, number, true/false), as a path: `person.firstName`;
 * `documents[].type` for a field of a list's elements; `points.*` for the values of a record. Every branch of a
 * union counts, so a field only one kind of agreement or plan end has is there too.
 */
export function fieldPaths(schema: z.ZodMiniType): string[] {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return [...new Set(leaves(json, ''))];
}

function leaves(node: JsonSchema, path: string): string[] {
  if (node.$ref) throw new Error(`${path || '(root)'}: a shared definition the walk does not follow (${node.$ref})`);
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return branches.flatMap((branch) => leaves(branch, path));
  if (node.type === 'array' && node.items) return leaves(node.items, `${path}[]`);
  if (node.type === 'object') {
    const named = Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
    const anyKey = typeof node.additionalProperties === 'object' ? leaves(node.additionalProperties, `${path}.*`) : [];
    return [...named, ...anyKey];
  }
  return [path];
}
