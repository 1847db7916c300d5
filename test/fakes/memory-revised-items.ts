import { compareStrings } from '../../shared/domain/code-unit-order.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type { MemoryAuditLog } from './memory-audit-log.ts';
import { transactionCanceled } from './storage-errors.ts';

/**
 * Items that count their changes, in a Map ordered like the table's sort keys, with the conditions of
 * `saveOverRevision`: a change is stored only over the revision it read (or, when new, where there is none),
 * together with its audit entry or not at all. Every item goes in and out through its schema, as a copy.
 */
export class MemoryRevisedItems<Item extends { revision: number }> {
  readonly #items = new Map<string, Item>();
  readonly #audit: MemoryAuditLog;
  readonly #copy: (item: Item) => Item;

  constructor(audit: MemoryAuditLog, parse: (value: unknown) => Item) {
    this.#audit = audit;
    this.#copy = (item) => parse(structuredClone(item));
  }

  get(key: string): Item | undefined {
    const stored = this.#items.get(key);
    return stored && this.#copy(stored);
  }

  /** The items whose keys start with `prefix`, in the order of their keys. */
  startingWith(prefix: string): Item[] {
    return [...this.#items]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([, item]) => this.#copy(item));
  }

  save(key: string, item: Item, change: { isNew: boolean; audit?: AuditEntry | undefined }): Item | undefined {
    const stored = this.#items.get(key);
    const unchanged = change.isNew ? stored === undefined : stored?.revision === item.revision;
    if (!unchanged) return undefined;
    // The item's condition held and the entry's did not: the table cancels the transaction for the entry.
    if (change.audit && this.#audit.has(change.audit)) throw transactionCanceled();
    const next: Item = { ...item, revision: item.revision + 1 };
    this.#items.set(key, this.#copy(next));
    if (change.audit) this.#audit.appendInTransaction(change.audit);
    return this.#copy(next);
  }
}
