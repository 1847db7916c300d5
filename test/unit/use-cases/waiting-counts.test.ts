import { describe, expect, it } from 'vitest';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import { countWaiting } from '../../../shared/use-cases/staff/waiting-counts.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import { submittedAs, worker } from './queue-steps.ts';
import { administrator, bauskaWorker, portsOf, scoredRound, staffRequest } from './staff-steps.ts';

const count = (ports: MemoryPorts, who: StaffIdentity) =>
  countWaiting(portsOf(ports, who), staffRequest(who, 'waiting.read'), scoredRound.id);

/**
 * Bauska: four applications, one refused and one accepted, and a possible duplicate (two to review, one possible
 * duplicate wait). Jelgava: one to review.
 */
async function round() {
  const ports = memoryPorts({ rounds: [scoredRound] });
  const person = (lastName: string, options: { personalCode?: string; municipalityCode?: string } = {}) =>
    submittedAs(ports, { firstName: 'Anna', lastName, ...options });
  const code = legacyPersonalCode(8101);
  const [refused, accepted] = [await person('Ozola'), await person('Liepa')];
  await person('Kalniņa', { personalCode: code });
  await person('Kalniņa', { personalCode: code });
  await person('Zariņa');
  await person('Abele', { municipalityCode: 'LV-JEL' });
  await worker(ports).refuse(refused);
  await worker(ports).accept(accepted);
  return ports;
}

describe('the counts of work waiting', () => {
  it('tell a social worker what waits in their own municipality, and nothing of the others', async () => {
    const ports = await round();
    expect(await count(ports, bauskaWorker)).toEqual({
      roundId: scoredRound.id,
      municipalities: [{ municipalityCode: 'LV-016', counts: { 'to-review': 2, 'possible-duplicate': 1 }, waiting: 3 }],
    });
  });

  it('tell an administrator what waits in every municipality of the round, in the round’s order', async () => {
    const ports = await round();
    const { municipalities } = await count(ports, administrator);
    expect(municipalities.map(({ municipalityCode }) => municipalityCode)).toEqual(
      scoredRound.municipalities.map(({ code }) => code),
    );
    expect(municipalities.find(({ municipalityCode }) => municipalityCode === 'LV-016')?.waiting).toBe(3);
    expect(municipalities.find(({ municipalityCode }) => municipalityCode === 'LV-JEL')).toEqual({
      municipalityCode: 'LV-JEL',
      counts: { 'to-review': 1, 'possible-duplicate': 0 },
      waiting: 1,
    });
    expect(municipalities.reduce((sum, { waiting }) => sum + waiting, 0)).toBe(4);
  });

  it('are empty for a social worker whose municipality is not in the round', async () => {
    const ports = await round();
    const outside: StaffIdentity = {
      role: 'social-worker',
      subject: 'sub-talsi',
      username: 'talsi',
      displayName: 'Talsu sociālais darbinieks',
      municipalityCode: 'LV-097',
    };
    expect((await count(ports, outside)).municipalities).toEqual([]);
  });

  it('are audited as a read of the round, with the social worker’s municipality', async () => {
    const ports = await round();
    await count(ports, bauskaWorker);
    await count(ports, administrator);
    const { entries } = await ports.audit.list({ ...utcDays('2019-08-20'), action: 'waiting.read' }, 10);
    expect(
      entries.map(({ roundId, municipalityCode, actor }) => ({ roundId, municipalityCode, who: actor?.username })),
    ).toEqual(
      expect.arrayContaining([
        { roundId: scoredRound.id, municipalityCode: 'LV-016', who: 'bauska' },
        { roundId: scoredRound.id, municipalityCode: undefined, who: 'admin' },
      ]),
    );
    expect(entries).toHaveLength(2);
  });
});
