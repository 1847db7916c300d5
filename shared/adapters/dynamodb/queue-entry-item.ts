import * as z from 'zod/mini';
import { type QueueEntry, stateRank } from '../../domain/queue-entry.ts';
import type { NameWord } from '../../domain/queue-following.ts';
import { QueueItemSchema } from '../../schemas/staff-api.ts';
import { keys } from './table-design.ts';

/**
 * A queue entry as stored: the row, and the keys of the entry indexes. Their partitions are one municipality's
 * entries in one review state (`entryPk`), so a state's page is one Query, and a page of the whole queue merges
 * the states' pages; the whole queue in selection order, the first view, has an index of its own
 * (`entryQueuePk`). The state sort's key is the state's rank before the receipt key: it is not stored, as the
 * state sort reads the states' partitions one after another by receipt.
 */
const EntryItemSchema = z.object({
  roundId: z.string(),
  municipalityCode: z.string(),
  version: z.int().check(z.minimum(0)),
  row: z.omit(QueueItemSchema, { position: true }),
  nameWords: z.array(z.string()),
  entrySelectionSk: z.string(),
  entryReceiptSk: z.string(),
  entryNameSk: z.string(),
});

/** The partition of a municipality's whole queue; with a review state, of the entries in that state. */
export function entryPartition(roundId: string, municipalityCode: string, state?: string): string {
  return state ? `${roundId}#${municipalityCode}#${state}` : `${roundId}#${municipalityCode}`;
}

export function toEntryItem(entry: QueueEntry): Record<string, unknown> {
  const { row, sortKeys } = entry;
  return {
    ...keys.queueEntry(row.reference),
    roundId: entry.roundId,
    municipalityCode: entry.municipalityCode,
    version: entry.version,
    row,
    nameWords: entry.nameWords,
    entryPk: entryPartition(entry.roundId, entry.municipalityCode, row.state),
    entryQueuePk: entryPartition(entry.roundId, entry.municipalityCode),
    entrySelectionSk: sortKeys.selection,
    entryReceiptSk: sortKeys.received,
    entryNameSk: sortKeys.name,
  };
}

/** The entry in a stored item; an item that does not match is an error, never half-read. */
export function fromEntryItem(item: Record<string, unknown>): QueueEntry {
  const parsed = EntryItemSchema.safeParse(item);
  if (!parsed.success) throw new Error(`Stored item ${String(item.pk)} is not a queue entry`);
  const { roundId, municipalityCode, version, row, nameWords, entrySelectionSk, entryReceiptSk, entryNameSk } =
    parsed.data;
  return {
    roundId,
    municipalityCode,
    version,
    row,
    nameWords,
    sortKeys: {
      selection: entrySelectionSk,
      received: entryReceiptSk,
      name: entryNameSk,
      state: `${stateRank(row.state)}#${entryReceiptSk}`,
    },
  };
}

export function toNameWordItem(word: NameWord): Record<string, unknown> {
  return {
    ...keys.nameWord(word.roundId, word.municipalityCode, word.word, word.other, word.reference),
    reference: word.reference,
    words: word.words,
  };
}

const NameWordItemSchema = z.object({ reference: z.string(), words: z.array(z.string()) });

export function fromNameWordItem(item: Record<string, unknown>): { reference: string; words: string[] } {
  return NameWordItemSchema.parse(item);
}
