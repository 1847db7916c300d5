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
const storedAt = (word: NameWord) =>
  [word.roundId, word.municipalityCode, word.word, word.other, word.reference].join('/');

describe('the name words that follow a changed name', () => {
  it('writes a word kept from the old name once, as the new name has it, and never deletes it in the same batch', () => {
    const { put, remove } = nameWordChanges([
      { reference: 'REF-1', before: entry(1, ['anna', 'ozola']), after: entry(2, ['anna', 'kalnina']) },
    ]);
    expect(put.map((word) => [word.word, word.other, word.words])).toEqual([
      ['anna', 'kalnina', ['anna', 'kalnina']],
      ['kalnina', 'anna', ['anna', 'kalnina']],
    ]);
    expect(remove.map((word) => [word.word, word.other])).toEqual([
      ['anna', 'ozola'],
      ['ozola', 'anna'],
    ]);
    const keys = [...put, ...remove].map(storedAt);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stores every ordered pair of a name’s words once, and a name of one word as that word alone', () => {
    const pairsOf = (words: string[]) =>
      nameWordChanges([{ reference: 'REF-1', after: entry(1, words) }]).put.map((word) => `${word.word}>${word.other}`);
    expect(pairsOf(['anna', 'kalnina', 'ozola'])).toEqual([
      'anna>kalnina',
      'anna>ozola',
      'kalnina>anna',
      'kalnina>ozola',
      'ozola>anna',
      'ozola>kalnina',
    ]);
    expect(pairsOf(['anna', 'anna'])).toEqual(['anna>anna']);
    expect(pairsOf(['anna'])).toEqual(['anna>']);
  });

  it('keeps the pairs a changed name keeps, and removes only those it loses', () => {
    const { put, remove } = nameWordChanges([
      { reference: 'REF-1', before: entry(1, ['anna', 'ozola']), after: entry(2, ['anna', 'ozola']) },
    ]);
    expect([put, remove]).toEqual([[], []]);
  });
});
