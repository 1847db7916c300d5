import { compareStrings } from '../../shared/domain/code-unit-order.ts';
import type { RoundRepository } from '../../shared/ports/round-repository.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { type Round, StoredRoundSchema } from '../../shared/schemas/round.ts';
import { MemoryAuditLog } from './memory-audit-log.ts';
import { transactionCanceled } from './storage-errors.ts';

/**
 * Rounds in a Map, with the conditions of `DynamoDbRoundRepository`: an administrator's change is stored only over
 * the revision it read (or, for a new round, where there is none), together with its audit entry or not at all.
 */
export class MemoryRoundRepository implements RoundRepository {
  readonly audit: MemoryAuditLog;
  readonly #rounds = new Map<string, Round>();

  constructor(options: { audit?: MemoryAuditLog; rounds?: readonly Round[] } = {}) {
    this.audit = options.audit ?? new MemoryAuditLog();
    for (const round of options.rounds ?? []) this.#rounds.set(round.id, copy(round));
  }

  async get(roundId: string): Promise<Round | undefined> {
    const stored = this.#rounds.get(roundId);
    return stored && copy(stored);
  }

  /** Ordered by id, as the table's sort key orders them. */
  async list(): Promise<Round[]> {
    return [...this.#rounds.values()].sort((a, b) => compareStrings(a.id, b.id)).map(copy);
  }

  async put(round: Round): Promise<void> {
    this.#rounds.set(round.id, copy(round));
  }

  async saveChange(round: Round, change: { isNew: boolean; audit: AuditEntry }): Promise<Round | undefined> {
    const stored = this.#rounds.get(round.id);
    const read = round.revision ?? 0;
    const unchanged = change.isNew ? stored === undefined : stored !== undefined && (stored.revision ?? 0) === read;
    if (!unchanged) return undefined;
    // The round's condition held and the entry's did not: the table cancels the transaction for the entry.
    if (this.audit.has(change.audit)) throw transactionCanceled();
    const next: Round = { ...round, revision: read + 1 };
    this.#rounds.set(round.id, copy(next));
    this.audit.appendInTransaction(change.audit);
    return copy(next);
  }
}

function copy(round: Round): Round {
  return StoredRoundSchema.parse(structuredClone(round));
}
