import { describe, expect, it } from 'vitest';
import type { Round } from '../../../shared/schemas/round.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { auditEntry, nextRoundId, type PortsUnderTest } from './subject.ts';

function newRound(): Round {
  const { revision: _revision, ...round } = pilotLikeRound;
  return { ...round, id: nextRoundId() };
}

/** What `RoundRepository` promises, whichever storage keeps the rounds. */
export function roundRepositoryContract(ports: PortsUnderTest): void {
  describe('RoundRepository', () => {
    it('reads back a round as it was put, and lists it in order of id', async () => {
      const [b, a] = [newRound(), newRound()].sort((x, y) => (x.id < y.id ? 1 : -1)) as [Round, Round];
      await ports().rounds.put(b);
      await ports().rounds.put(a);
      await expect(ports().rounds.get(a.id)).resolves.toEqual(a);
      await expect(ports().rounds.get('no-such-round')).resolves.toBeUndefined();
      const listed = (await ports().rounds.list()).filter((round) => round.id === a.id || round.id === b.id);
      expect(listed).toEqual([a, b]);
    });

    it('stores a new round with revision 1 and its audit entry, and never over an existing one', async () => {
      const round = newRound();
      const entry = auditEntry({ action: 'round.save', roundId: round.id });
      await expect(ports().rounds.saveChange(round, { isNew: true, audit: entry })).resolves.toEqual({
        ...round,
        revision: 1,
      });
      const again = auditEntry({ action: 'round.save', roundId: round.id });
      await expect(ports().rounds.saveChange(round, { isNew: true, audit: again })).resolves.toBeUndefined();
      await expect(ports().rounds.get(round.id)).resolves.toEqual({ ...round, revision: 1 });
    });

    it('stores a change only over the revision it read', async () => {
      const round = newRound();
      await ports().rounds.saveChange(round, { isNew: true, audit: auditEntry({ action: 'round.save' }) });
      const read = (await ports().rounds.get(round.id)) as Round;
      const renamed = {
        ...read,
        retention: { ...read.retention, notSelectedDays: read.retention.notSelectedDays + 1 },
      };
      await expect(
        ports().rounds.saveChange(renamed, { isNew: false, audit: auditEntry({ action: 'round.save' }) }),
      ).resolves.toEqual({ ...renamed, revision: 2 });
      await expect(
        ports().rounds.saveChange(
          { ...read, retention: { ...read.retention, notSelectedDays: 1 } },
          { isNew: false, audit: auditEntry({ action: 'round.save' }) },
        ),
      ).resolves.toBeUndefined();
      await expect(ports().rounds.get(round.id)).resolves.toEqual({ ...renamed, revision: 2 });
    });

    it('stores nothing of a change whose request has its audit entry already', async () => {
      const round = newRound();
      const entry = auditEntry({ action: 'round.save', roundId: round.id });
      await ports().audit.append(entry);
      await expect(ports().rounds.saveChange(round, { isNew: true, audit: entry })).rejects.toMatchObject({
        name: 'TransactionCanceledException',
      });
      await expect(ports().rounds.get(round.id)).resolves.toBeUndefined();
    });
  });
}
