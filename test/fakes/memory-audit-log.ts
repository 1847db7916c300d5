import { decodeAuditCursor, encodeAuditCursor, partitionDays } from '../../shared/adapters/dynamodb/audit-cursor.ts';
import { auditKeys } from '../../shared/adapters/dynamodb/table-design.ts';
import { compareStrings } from '../../shared/domain/code-unit-order.ts';
import type { AuditLog, AuditLogQuery, AuditPage } from '../../shared/ports/audit-log.ts';
import { type AuditEntry, AuditEntrySchema } from '../../shared/schemas/audit.ts';

/**
 * The audit log in a Map, keyed like the audit table (`<at>#<requestId>`): an entry whose key is taken is the
 * request's own, written before, and the first one stays. Pages come newest first, day by day, with the same
 * cursors as the table, so a cursor from another query is refused the same way.
 */
export class MemoryAuditLog implements AuditLog {
  readonly #entries = new Map<string, AuditEntry>();

  async append(entry: AuditEntry): Promise<void> {
    this.appendInTransaction(entry);
  }

  /** Whether the entry's request has its entry already: the other fakes' transactions then store nothing. */
  has(entry: AuditEntry): boolean {
    return this.#entries.has(sortKey(entry));
  }

  /** The audit write of another fake's transaction, made once every condition of it held. */
  appendInTransaction(entry: AuditEntry): void {
    const key = sortKey(entry);
    if (!this.#entries.has(key)) this.#entries.set(key, AuditEntrySchema.parse(structuredClone(entry)));
  }

  async forApplication(reference: string): Promise<AuditEntry[]> {
    return this.#sorted()
      .filter(([, entry]) => entry.reference === reference)
      .map(([, entry]) => structuredClone(entry));
  }

  async list(query: AuditLogQuery, limit: number): Promise<AuditPage> {
    const days = partitionDays(query);
    const start = query.cursor ? decodeAuditCursor(query.cursor, days) : { day: days.to };
    const newestFirst = this.#sorted()
      .reverse()
      .filter(([key]) => {
        // The table's key condition: keys compare with the span's instants as strings.
        if (key < query.since || key > query.until) return false;
        const day = key.slice(0, 10);
        if (day > start.day) return false;
        return !(start.after && day === start.day && key >= start.after.sk);
      })
      .filter(([, entry]) => matches(entry, query));
    const page = newestFirst.slice(0, limit);
    const last = page.at(-1);
    if (!last || newestFirst.length <= limit) return { entries: page.map(([, entry]) => structuredClone(entry)) };
    const day = last[0].slice(0, 10);
    return {
      entries: page.map(([, entry]) => structuredClone(entry)),
      nextCursor: encodeAuditCursor({ day, after: { pk: auditKeys.day(day), sk: last[0] } }),
    };
  }

  /** Oldest first, as the table's sort keys order them. */
  #sorted(): Array<[string, AuditEntry]> {
    return [...this.#entries].sort(([a], [b]) => compareStrings(a, b));
  }
}

function sortKey(entry: AuditEntry): string {
  return auditKeys.entry(entry.at, entry.id).sk;
}

function matches(entry: AuditEntry, query: AuditLogQuery): boolean {
  return (
    (query.username === undefined || entry.actor?.username === query.username) &&
    (query.reference === undefined || entry.reference === query.reference) &&
    (query.action === undefined || entry.action === query.action) &&
    (query.outcome === undefined || entry.outcome === query.outcome)
  );
}
