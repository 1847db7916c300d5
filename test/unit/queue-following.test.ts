import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../shared/domain/queue-entry.ts';
import { type NameWord, nameWordChanges } from '../../shared/domain/queue-following.ts';

function entry(version: number, nameWords: string[]): QueueEntry {
  return {
    roundId: 'r1',
    municipalityCode: 'LV-JEL',
    version,
    row: {} as QueueEntry['row'],
    sortKeys: { selection: 's', received: 'r', name: 'n', state: 't' },
    nameWords,
  };
}

/** Where a word is stored: a batch may name each of these once only. */
const storedAt = (word: NameWord) => [word.roundId, word.municipalityCode, word.word, word.reference].join('/');

describe('the name words that follow a changed name', () => {
  it('writes a word kept from the old name once, as the new name has it, and never deletes it in the same batch', () => {
    const { put, remove } = nameWordChanges([
      { reference: 'REF-1', before: entry(1, ['anna', 'ozola']), after: entry(2, ['anna', 'kalnina']) },
    ]);
    expect(put.map((word) => [word.word, word.words])).toEqual([
      ['anna', ['anna', 'kalnina']],
      ['kalnina', ['anna', 'kalnina']],
    ]);
    expect(remove.map((word) => word.word)).toEqual(['ozola']);
    const keys = [...put, ...remove].map(storedAt);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
