import { describe, expect, it } from 'vitest';
import { documentsNeeded, REPRESENTATIVE_AUTHORITY } from '../../shared/domain/document-requirements.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';

const representative = { firstName: 'Anna', lastName: 'Bērziņa', capacity: 'authorised-person', email: 'a@b.lv' };
const typesOf = (round: Round, application: Parameters<typeof documentsNeeded>[1]) =>
  documentsNeeded(round, application).map(({ type }) => type);

describe('the documents an application needs', () => {
  it('are the round’s documents when the person applies for themself', () => {
    expect(typesOf(pilotLikeRound, { channel: 'online' })).toEqual(['application-form', 'disability-proof']);
    expect(typesOf(pilotLikeRound, { channel: 'paper' })).toEqual(['application-form', 'disability-proof']);
  });

  it('add the proof of authority whenever a representative applies, online or on paper', () => {
    for (const channel of ['online', 'paper'] as const) {
      expect(documentsNeeded(pilotLikeRound, { channel, representative })).toEqual([
        ...pilotLikeRound.requiredDocuments,
        REPRESENTATIVE_AUTHORITY,
      ]);
    }
  });

  it('take the round’s own wording of the proof of authority, only for a representative', () => {
    const worded = {
      type: 'representative-authority' as const,
      name: { lv: 'Pilnvara', en: 'Power of attorney' },
      description: { lv: 'Pilnvara.', en: 'The power of attorney.' },
    };
    const round = { ...pilotLikeRound, requiredDocuments: [worded, ...pilotLikeRound.requiredDocuments] };
    expect(typesOf(round, { channel: 'online' })).toEqual(['application-form', 'disability-proof']);
    expect(documentsNeeded(round, { channel: 'online', representative }).at(-1)).toEqual(worded);
  });

  it('leave out the signed form online when the online answers are the application, never on paper', () => {
    const round = { ...pilotLikeRound, onlineAnswersAreApplication: true };
    expect(typesOf(round, { channel: 'online' })).toEqual(['disability-proof']);
    expect(typesOf(round, { channel: 'online', representative })).toEqual([
      'disability-proof',
      'representative-authority',
    ]);
    expect(typesOf(round, { channel: 'paper' })).toEqual(['application-form', 'disability-proof']);
  });

  it('words the proof of authority in both languages, with Latvian letters', () => {
    expect(REPRESENTATIVE_AUTHORITY.name.lv).toMatch(/ā|ī|ē/);
    expect(REPRESENTATIVE_AUTHORITY.description.en).toMatch(/court decision.*power of attorney/);
  });
});
