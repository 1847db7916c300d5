import { describe, expect, it } from 'vitest';
import { AccessError } from '../../../shared/domain/errors.ts';
import { listDuplicates, resolveDuplicates } from '../../../shared/use-cases/staff/duplicates.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { administrator, bauskaWorker, portsOf, staffRequest, submitted } from './staff-steps.ts';

let people = 900;
/** Two submitted applications of one person, the first in `firstIn`, the second in Bauska. */
async function twoOfOnePerson(ports: MemoryPorts, firstIn = 'LV-016') {
  people += 1;
  const personalCode = legacyPersonalCode(people);
  const first = await submitted(ports, { personalCode, municipalityCode: firstIn });
  const second = await submitted(ports, { personalCode });
  return { first, second };
}

const resolve = (ports: MemoryPorts, reference: string, standing: string, who = bauskaWorker) =>
  resolveDuplicates(portsOf(ports, who), staffRequest(who, 'duplicates.resolve'), {
    reference,
    request: { standing, reason: 'The first application is complete; the second repeats it.' },
  });

describe('duplicates', () => {
  it('show the person’s applications side by side, the later one a possible duplicate', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const { first, second } = await twoOfOnePerson(ports);
    const listed = await listDuplicates(
      portsOf(ports, bauskaWorker),
      staffRequest(bauskaWorker, 'duplicates.read'),
      second,
    );
    expect(listed.applications.map(({ reference, state }) => ({ reference, state }))).toEqual([
      { reference: first, state: 'to-review' },
      { reference: second, state: 'possible-duplicate' },
    ]);
    expect(listed.canResolve).toBe(true);
    const [entry] = await ports.audit.forApplication(second);
    expect(entry).toMatchObject({ action: 'duplicates.read', related: [first] });
  });

  it('are resolved keeping both: one stands, the other is set aside, both carry the decision', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const { first, second } = await twoOfOnePerson(ports);
    const resolved = await resolve(ports, second, first);
    expect(resolved.resolution).toMatchObject({ standing: first, by: 'bauska' });
    expect(resolved.applications.map(({ state }) => state)).toEqual(['to-review', 'set-aside']);
    await expect(ports.applications.get(first)).resolves.toMatchObject({
      review: { duplicate: { outcome: 'stands', standing: first } },
    });
    await expect(ports.applications.get(second)).resolves.toMatchObject({
      review: { duplicate: { outcome: 'set-aside', standing: first } },
    });
  });

  it('refuse a standing application outside the group, and a person with one application', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const { second } = await twoOfOnePerson(ports);
    const single = await submitted(ports);
    const before = ports.applications.all();
    await expect(resolve(ports, second, single)).rejects.toMatchObject({
      violations: [{ code: 'STANDING_NOT_IN_GROUP', field: 'standing' }],
    });
    await expect(resolve(ports, single, single)).rejects.toMatchObject({ violations: [{ code: 'NOT_A_DUPLICATE' }] });
    expect(ports.applications.all()).toEqual(before);
  });

  it('of a person applying in two municipalities are left to an administrator, who sees and resolves both', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const { first, second } = await twoOfOnePerson(ports, 'LV-JEL');
    const listed = await listDuplicates(
      portsOf(ports, bauskaWorker),
      staffRequest(bauskaWorker, 'duplicates.read'),
      second,
    );
    // Jelgava's application: only where and when it was received.
    expect(listed.applications[0]).toEqual({
      reference: first,
      municipalityCode: 'LV-JEL',
      receivedAt: expect.any(String),
      channel: 'online',
      state: 'to-review',
    });
    expect(listed.canResolve).toBe(false);
    await expect(resolve(ports, second, first)).rejects.toEqual(new AccessError('DUPLICATES_SPAN_MUNICIPALITIES'));

    const resolved = await resolve(ports, second, first, administrator);
    expect(resolved.applications.map(({ state }) => state)).toEqual(['to-review', 'set-aside']);
  });
});
