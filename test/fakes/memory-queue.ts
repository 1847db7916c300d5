import { compareStrings } from '../../shared/domain/code-unit-order.ts';
import { nameMatches } from '../../shared/domain/name-words.ts';
import type { QueueEntry } from '../../shared/domain/queue-entry.ts';
import { countDeltas, entryChanges, everyState } from '../../shared/domain/queue-following.ts';
import type {
  MunicipalityCounts,
  QueueEntriesPage,
  QueuePageQuery,
} from '../../shared/ports/application-repository.ts';
import type { ReviewState } from '../../shared/schemas/review.ts';

/**
 * The queue's entries and counts in Maps, with the rules of `DynamoDbQueue`: an entry follows a change only over
 * an older revision, and the counts move with the entries, so they are always the entries in each state. Pages
 * are read in the order of the same sort keys the table's indexes keep.
 */
export class MemoryQueue {
  readonly #entries = new Map<string, QueueEntry>();
  /** `<roundId>\n<municipalityCode>` → count per state. */
  readonly #counts = new Map<string, Partial<Record<ReviewState, number>>>();

  follow(wanted: ReadonlyMap<string, QueueEntry | undefined>): void {
    const changes = entryChanges(wanted, this.#entries);
    for (const { reference, after } of changes) {
      if (after) this.#entries.set(reference, structuredClone(after));
      else this.#entries.delete(reference);
    }
    for (const delta of countDeltas(changes)) {
      const key = countKey(delta.roundId, delta.municipalityCode);
      const counts = { ...this.#counts.get(key) };
      for (const [state, by] of Object.entries(delta.by) as [ReviewState, number][]) {
        counts[state] = (counts[state] ?? 0) + by;
      }
      this.#counts.set(key, counts);
    }
  }

  page(query: QueuePageQuery): QueueEntriesPage {
    const found = this.#of(query.roundId, query.municipalityCode)
      .filter((entry) => !query.state || entry.row.state === query.state)
      .sort((a, b) => compareStrings(a.sortKeys[query.sort], b.sortKeys[query.sort]))
      .filter((entry) => query.after === undefined || entry.sortKeys[query.sort] > query.after);
    return {
      entries: found.slice(0, query.limit),
      more: found.length > query.limit,
      counts: this.countsOf(query.roundId, query.municipalityCode),
    };
  }

  counts(roundId: string, municipalityCodes: readonly string[]): MunicipalityCounts[] {
    return municipalityCodes.map((municipalityCode) => ({
      municipalityCode,
      counts: this.countsOf(roundId, municipalityCode),
    }));
  }

  countsOf(roundId: string, municipalityCode: string): Record<ReviewState, number> {
    return everyState(this.#counts.get(countKey(roundId, municipalityCode)) ?? {});
  }

  /** The entries of `references` in the municipality's queue. */
  entries(roundId: string, municipalityCode: string, references: readonly string[]): QueueEntry[] {
    const wanted = new Set(references);
    return this.#of(roundId, municipalityCode).filter((entry) => wanted.has(entry.row.reference));
  }

  named(roundId: string, municipalityCode: string, words: readonly string[]): QueueEntry[] {
    return this.#of(roundId, municipalityCode).filter((entry) => nameMatches(words, entry.nameWords));
  }

  #of(roundId: string, municipalityCode: string): QueueEntry[] {
    return [...this.#entries.values()]
      .filter((entry) => entry.roundId === roundId && entry.municipalityCode === municipalityCode)
      .map((entry) => structuredClone(entry));
  }
}

function countKey(roundId: string, municipalityCode: string): string {
  return `${roundId}\n${municipalityCode}`;
}
