import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import type { PlanVersion, SupportPlan } from '../../../shared/schemas/support-plan.ts';
import { nextReference } from '../../fixtures/stored-applications.ts';
import { auditEntry, nextRoundId, type PortsUnderTest } from './subject.ts';

const by = { subject: 'sub-1', username: 'bauska', displayName: 'Bauskas sociālā darbiniece' };

/** The n-th version of a plan, aiming at `goal`. */
function version(n: number, goal: string): PlanVersion {
  return {
    version: n,
    goals: [goal],
    services: [
      { serviceId: 'day-centre', providerId: 'saules-centrs', quantityPerMonth: 8, months: 12, unitPriceCents: 1_400 },
    ],
    startDate: '2019-09-15',
    totalCents: 134_400,
    budgetCents: 300_000,
    at: `2019-09-${String(n).padStart(2, '0')}T08:00:00.000Z`,
    by,
    ...(n > 1 && { reason: `Version ${n}` }),
  };
}

/** A participant's plan as first drawn up, of a reference no other call uses. */
function newPlan(options: { roundId?: string; municipalityCode?: string; reference?: string } = {}): SupportPlan {
  return {
    reference: options.reference ?? nextReference(),
    roundId: options.roundId ?? nextRoundId(),
    municipalityCode: options.municipalityCode ?? 'LV-016',
    versions: [version(1, 'Iemācīties pašam gatavot ēst')],
    deliveries: [],
    replacedDeliveries: [],
    reviews: [],
    revision: 0,
  };
}

const withVersion = (plan: SupportPlan, goal: string): SupportPlan => ({
  ...plan,
  versions: [...plan.versions, version(plan.versions.length + 1, goal)],
});

/** The social worker's request about the plan's application: it joins the application's history. */
const changeOf = (plan: SupportPlan): AuditEntry =>
  auditEntry({ action: 'note.add', roundId: plan.roundId, reference: plan.reference });

/** What `SupportPlanRepository` promises, whichever storage keeps the plans. */
export function supportPlansContract(ports: PortsUnderTest): void {
  describe('SupportPlanRepository', () => {
    it('stores a new plan with revision 1 and its audit entry in the application’s history, and reads it back', async () => {
      const plan = newPlan();
      const entry = changeOf(plan);
      await expect(ports().supportPlans.save(plan, { isNew: true, audit: entry })).resolves.toEqual({
        ...plan,
        revision: 1,
      });
      await expect(ports().supportPlans.get(plan)).resolves.toEqual({ ...plan, revision: 1 });
      await expect(ports().supportPlans.get({ ...plan, municipalityCode: 'LV-JEL' })).resolves.toBeUndefined();
      await expect(ports().supportPlans.get({ ...plan, roundId: nextRoundId() })).resolves.toBeUndefined();
      await expect(ports().audit.forApplication(plan.reference)).resolves.toEqual([entry]);
    });

    it('lists a round’s plans by municipality, then reference, and one municipality’s alone', async () => {
      const roundId = nextRoundId();
      const [first, second] = [nextReference(), nextReference()];
      const bauskaFirst = newPlan({ roundId, reference: first });
      const bauskaSecond = newPlan({ roundId, reference: second });
      const jelgava = newPlan({ roundId, municipalityCode: 'LV-JEL', reference: first });
      const otherRound = newPlan({ reference: first });
      for (const plan of [jelgava, bauskaSecond, otherRound, bauskaFirst]) {
        await ports().supportPlans.save(plan, { isNew: true, audit: changeOf(plan) });
      }
      const stored = (plan: SupportPlan) => ({ ...plan, revision: 1 });
      await expect(ports().supportPlans.list(roundId)).resolves.toEqual(
        [bauskaFirst, bauskaSecond, jelgava].map(stored),
      );
      await expect(ports().supportPlans.list(roundId, 'LV-016')).resolves.toEqual(
        [bauskaFirst, bauskaSecond].map(stored),
      );
      await expect(ports().supportPlans.list(roundId, 'LV-AIZ')).resolves.toEqual([]);
      await expect(ports().supportPlans.list(otherRound.roundId)).resolves.toEqual([stored(otherRound)]);
    });

    it('keeps every version: a save over an older revision is refused, so two social workers cannot drop one', async () => {
      const plan = newPlan();
      await ports().supportPlans.save(plan, { isNew: true, audit: changeOf(plan) });
      const readByOne = (await ports().supportPlans.get(plan)) as SupportPlan;
      const readByOther = (await ports().supportPlans.get(plan)) as SupportPlan;
      const first = withVersion(readByOne, 'Satikt cilvēkus ārpus mājas');
      await expect(ports().supportPlans.save(first, { isNew: false, audit: changeOf(plan) })).resolves.toEqual({
        ...first,
        revision: 2,
      });
      const late = withVersion(readByOther, 'Atrast darbu');
      await expect(ports().supportPlans.save(late, { isNew: false, audit: changeOf(plan) })).resolves.toBeUndefined();
      await expect(ports().supportPlans.get(plan)).resolves.toEqual({ ...first, revision: 2 });

      const readAgain = (await ports().supportPlans.get(plan)) as SupportPlan;
      await ports().supportPlans.save(withVersion(readAgain, 'Atrast darbu'), { isNew: false, audit: changeOf(plan) });
      const kept = (await ports().supportPlans.get(plan)) as SupportPlan;
      expect(kept.revision).toBe(3);
      expect(kept.versions.map((kept) => [kept.version, kept.goals[0]])).toEqual([
        [1, 'Iemācīties pašam gatavot ēst'],
        [2, 'Satikt cilvēkus ārpus mājas'],
        [3, 'Atrast darbu'],
      ]);
      await expect(ports().audit.forApplication(plan.reference)).resolves.toHaveLength(3);
    });

    it('stores at most one of two saves over the same revision made at once', async () => {
      const plan = newPlan();
      const read = (await ports().supportPlans.save(plan, { isNew: true, audit: changeOf(plan) })) as SupportPlan;
      const changes = [withVersion(read, 'Satikt cilvēkus ārpus mājas'), withVersion(read, 'Atrast darbu')];
      const answers = await Promise.all(
        changes.map((change) => ports().supportPlans.save(change, { isNew: false, audit: changeOf(plan) })),
      );
      const stored = answers.filter((answer) => answer !== undefined);
      expect(stored.length).toBeLessThanOrEqual(1);
      await expect(ports().supportPlans.get(plan)).resolves.toEqual(stored[0] ?? read);
    });

    it('never stores a new plan over an existing one, nor a change of a plan that was never stored', async () => {
      const plan = newPlan();
      await ports().supportPlans.save(plan, { isNew: true, audit: changeOf(plan) });
      const again = withVersion(plan, 'Atrast darbu');
      await expect(ports().supportPlans.save(again, { isNew: true, audit: changeOf(plan) })).resolves.toBeUndefined();
      await expect(ports().supportPlans.get(plan)).resolves.toEqual({ ...plan, revision: 1 });

      const unknown = newPlan();
      await expect(
        ports().supportPlans.save(unknown, { isNew: false, audit: changeOf(unknown) }),
      ).resolves.toBeUndefined();
      await expect(ports().supportPlans.get(unknown)).resolves.toBeUndefined();
      await expect(ports().audit.forApplication(unknown.reference)).resolves.toEqual([]);
    });

    it('stores nothing of a change whose request has its audit entry already', async () => {
      const plan = newPlan();
      const entry = changeOf(plan);
      await ports().audit.append(entry);
      await expect(ports().supportPlans.save(plan, { isNew: true, audit: entry })).rejects.toMatchObject({
        name: 'TransactionCanceledException',
      });
      await expect(ports().supportPlans.get(plan)).resolves.toBeUndefined();
    });

    it('stores a change without an entry when its request’s entry went with an earlier write, still over its revision', async () => {
      const plan = newPlan();
      const entry = changeOf(plan);
      const read = (await ports().supportPlans.save(plan, { isNew: true, audit: entry })) as SupportPlan;
      const ended = withVersion(read, 'Atrast darbu');
      await expect(ports().supportPlans.save(ended, { isNew: false })).resolves.toEqual({ ...ended, revision: 2 });
      await expect(ports().supportPlans.save(withVersion(read, 'Vēlu'), { isNew: false })).resolves.toBeUndefined();
      await expect(ports().audit.forApplication(plan.reference)).resolves.toEqual([entry]);
    });
  });
}
