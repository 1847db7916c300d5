import { type AuditEntry, AuditEntrySchema } from '../../schemas/audit.ts';
import { auditKeys } from './table-design.ts';

/** The item of an audit entry: the entry's fields and its day partition. */
export function toAuditItem(entry: AuditEntry): Record<string, unknown> {
  return { ...auditKeys.entry(entry.at, entry.id), ...entry };
}

export function fromAuditItem(item: Record<string, unknown>): AuditEntry {
  const { pk: _pk, sk: _sk, ...entry } = item;
  return AuditEntrySchema.parse(entry);
}

/** A put of an entry that can never replace another: the log is append-only. */
export function appendAuditEntry(tableName: string, entry: AuditEntry) {
  return {
    TableName: tableName,
    Item: toAuditItem(entry),
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}
