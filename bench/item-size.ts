import { TABLE_DESIGN } from '../shared/adapters/dynamodb/table-design.ts';

/** How many of the table's indexes hold the item: those whose keys it carries (every index projects it whole). */
export function indexesHolding(item: Record<string, unknown>): number {
  return TABLE_DESIGN.indexes.filter((index) => index.partitionKey in item && index.sortKey in item).length;
}

/**
 * DynamoDB's size of an item, by its published rules: each attribute costs its name's UTF-8 length plus its
 * value's size (strings: UTF-8 bytes; numbers: about one byte per two digits plus one; booleans and nulls: 1;
 * maps, lists and sets: 3 bytes plus one per element plus their contents).
 */
export function itemSizeBytes(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueSize(value), 0);
}

function valueSize(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace(/[.-]/g, '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null) return 1;
  if (Array.isArray(value) || value instanceof Set) {
    return 3 + [...value].reduce((sum: number, element) => sum + 1 + valueSize(element), 0);
  }
  if (typeof value === 'object') {
    return (
      3 +
      Object.entries(value as object).reduce(
        (sum, [key, inner]) => sum + 1 + Buffer.byteLength(key) + valueSize(inner),
        0,
      )
    );
  }
  return 0;
}
