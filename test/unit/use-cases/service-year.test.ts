import { describe, expect, it } from 'vitest';
import { AccessError, ConflictError, NotFoundError } from '../../../shared/domain/errors.ts';
import type { AuditAction, AuditEntry } from '../../../shared/schemas/audit.ts';
import type { ServiceYearRules } from '../../../shared/schemas/service-year.ts';
import type { SupportPlan } from '../../../shared/schemas/support-plan.ts';
import { recordWithdrawal } from '../../../shared/use-cases/selection/record-withdrawal.ts';
import { dashboardCsv, euros, evaluationCsv } from '../../../shared/use-cases/service-year/figures-csv.ts';
import { getServiceYearDashboard } from '../../../shared/use-cases/service-year/get-dashboard.ts';
import { getServiceYearEvaluation } from '../../../shared/use-cases/service-year/get-evaluation.ts';
import { getServiceYear } from '../../../shared/use-cases/service-year/get-service-year.ts';
import { saveServiceYear } from '../../../shared/use-cases/service-year/save-service-year.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { delivered, line, plan, planned, testYear, version } from '../../fixtures/service-year-plans.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import { AFTER_INTAKE_AT, administrator, bauskaWorker, portsOf, staffRequest, submitted } from './staff-steps.ts';

const ROUND = pilotLikeRound.id;
const DAY = AFTER_INTAKE_AT.toISOString().slice(0, 10);

const fresh = () => memoryPorts({ rounds: [pilotLikeRound] });

function save(ports: MemoryPorts, rules: ServiceYearRules, revision?: number, identity = administrator) {
  return saveServiceYear(portsOf(ports, identity), staffRequest(identity, 'service-year.save'), {
    roundId: ROUND,
    request: { ...rules, ...(revision !== undefined && { revision }) },
  });
}

async function entries(ports: MemoryPorts, action: AuditAction) {
  return (await ports.audit.list({ ...utcDays(DAY), action }, 50)).entries;
}

let planCount = 0;
/** A social worker's plan as stored through the port, with the audit entry its change writes. */
async function stored(ports: MemoryPorts, supportPlan: SupportPlan): Promise<void> {
  planCount += 1;
  const audit: AuditEntry = {
    id: `plan-${planCount}`,
    at: AFTER_INTAKE_AT.toISOString(),
    action: 'note.add',
    outcome: 'succeeded',
  };
  await ports.supportPlans.save(supportPlan, { isNew: true, audit });
}

const withPrice = (rules: ServiceYearRules, cents: number): ServiceYearRules => ({
  ...rules,
  providers: rules.providers.map((provider) =>
    provider.id === 'bauska-centrs'
      ? { ...provider, services: provider.services.map((service) => ({ ...service, unitPriceCents: cents })) }
      : provider,
  ),
});

describe('keeping a round’s year of services', () => {
  it('sets up the year, stamped with who and when, with one audit entry', async () => {
    const ports = fresh();
    const answer = await save(ports, testYear);

    expect(answer.serviceYear).toMatchObject({
      ...testYear,
      roundId: ROUND,
      revision: 1,
      updatedAt: AFTER_INTAKE_AT.toISOString(),
      updatedBy: { username: 'admin' },
    });
    await expect(ports.serviceYears.get(ROUND)).resolves.toEqual(answer.serviceYear);
    expect(await entries(ports, 'service-year.save')).toMatchObject([
      { action: 'service-year.save', roundId: ROUND, outcome: 'succeeded', actor: { username: 'admin' } },
    ]);
  });

  it('replaces it over the revision read, and refuses a stale revision as changed meanwhile', async () => {
    const ports = fresh();
    await save(ports, testYear);
    const second = await save(ports, withPrice(testYear, 1_500), 1);
    expect(second.serviceYear?.revision).toBe(2);

    // Another administrator read revision 1 too, before the change above was stored.
    await expect(save(ports, withPrice(testYear, 900), 1)).rejects.toEqual(new ConflictError('ROUND_CHANGED'));
    // Sent as new although a year is there: it would overwrite it unseen.
    await expect(save(ports, testYear)).rejects.toEqual(new ConflictError('ROUND_CHANGED'));
    await expect(ports.serviceYears.get(ROUND)).resolves.toMatchObject({ revision: 2, ...withPrice(testYear, 1_500) });
    expect(await entries(ports, 'service-year.save')).toHaveLength(2);
  });

  it('does not let a social worker save, and stores nothing', async () => {
    const ports = fresh();
    await expect(save(ports, testYear, undefined, bauskaWorker)).rejects.toEqual(
      new AccessError('STAFF_ROLE_FORBIDDEN'),
    );
    await expect(ports.serviceYears.get(ROUND)).resolves.toBeUndefined();
    expect(await entries(ports, 'service-year.save')).toEqual([]);
  });

  it('refuses a year that breaks its rules, naming each field, and stores nothing', async () => {
    const ports = fresh();
    const broken: ServiceYearRules = {
      ...testYear,
      providers: [{ ...(testYear.providers[0] as ServiceYearRules['providers'][number]), municipalityCode: 'LV-099' }],
    };
    await expect(save(ports, broken)).rejects.toMatchObject({
      violations: [{ code: 'PROVIDER_MUNICIPALITY_NOT_IN_ROUND', field: 'providers.0.municipalityCode' }],
    });
    await expect(ports.serviceYears.get(ROUND)).resolves.toBeUndefined();
  });

  it('refuses a round that does not exist', async () => {
    const ports = fresh();
    const answer = saveServiceYear(portsOf(ports, administrator), staffRequest(administrator, 'service-year.save'), {
      roundId: 'no-such-round',
      request: testYear,
    });
    await expect(answer).rejects.toEqual(new NotFoundError('ROUND_NOT_FOUND'));
  });

  it('changes prices without changing an agreed plan, and keeps what a running plan names', async () => {
    const ports = fresh();
    await save(ports, testYear);
    const agreed = plan('KDMA-4729', 'LV-016', [version([planned('day-centre', 'bauska-centrs', 8, 12, 1_400)])]);
    await stored(ports, agreed);

    await save(ports, withPrice(testYear, 2_000), 1);
    const kept = await ports.supportPlans.get({ roundId: ROUND, municipalityCode: 'LV-016', reference: 'KDMA-4729' });
    expect(kept?.versions).toEqual(agreed.versions);

    const withoutCentre = { ...testYear, providers: testYear.providers.filter((p) => p.id !== 'bauska-centrs') };
    await expect(save(ports, withoutCentre, 2)).rejects.toMatchObject({
      violations: [{ code: 'PROVIDER_IN_USE', field: 'providers' }],
    });
  });
});

describe('reading a round’s year of services', () => {
  it('gives an administrator every provider and a social worker their own municipality’s, each read audited', async () => {
    const ports = fresh();
    await save(ports, testYear);

    const whole = await getServiceYear(
      portsOf(ports, administrator),
      staffRequest(administrator, 'service-year.read'),
      ROUND,
    );
    const own = await getServiceYear(
      portsOf(ports, bauskaWorker),
      staffRequest(bauskaWorker, 'service-year.read'),
      ROUND,
    );

    expect(whole.serviceYear?.providers.map((provider) => provider.id)).toEqual([
      'bauska-centrs',
      'bauska-prakse',
      'jelgava-centrs',
    ]);
    expect(own.serviceYear?.providers.map((provider) => provider.id)).toEqual(['bauska-centrs', 'bauska-prakse']);
    expect(own.serviceYear?.catalogue).toEqual(testYear.catalogue);
    expect(await entries(ports, 'service-year.read')).toMatchObject([
      { actor: { username: 'bauska' }, roundId: ROUND, municipalityCode: 'LV-016' },
      { actor: { username: 'admin' }, roundId: ROUND },
    ]);
  });

  it('answers without a year while none is set up', async () => {
    const ports = fresh();
    const answer = await getServiceYear(
      portsOf(ports, bauskaWorker),
      staffRequest(bauskaWorker, 'service-year.read'),
      ROUND,
    );
    expect(answer).toEqual({ roundId: ROUND });
  });
});

describe('the ministry’s figures and evaluation', () => {
  async function yearWithPlans() {
    const ports = fresh();
    await save(ports, testYear);
    const references = [await submitted(ports), await submitted(ports), await submitted(ports)];
    const publishedAt = AFTER_INTAKE_AT.toISOString();
    const runId = '0123456789abcdef0123';
    for (const [index, reference] of references.entries()) {
      const outcome = index < 2 ? 'selected' : 'waitlisted';
      await ports.applications.recordSelection(reference, { runId, outcome, publishedAt });
    }
    // The second selected person gave the place up: no longer a participant.
    await recordWithdrawal(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'application.withdraw'), {
      reference: references[1] as string,
      request: { reason: 'Atteicās no vietas.' },
    });
    await stored(
      ports,
      plan(references[0] as string, 'LV-016', [version([planned('day-centre', 'bauska-centrs', 8, 12, 1_400)])], {
        deliveries: [delivered('2019-09', [line('day-centre', 'bauska-centrs', 6, 8_400)])],
      }),
    );
    return { ports, references };
  }

  it('counts the participants, the plans and the money, with one audit entry', async () => {
    const { ports } = await yearWithPlans();
    const figures = await getServiceYearDashboard(
      portsOf(ports, administrator),
      staffRequest(administrator, 'service-year.dashboard.read'),
      ROUND,
    );
    expect(figures).toMatchObject({ roundId: ROUND, serviceYearSet: true });
    expect(figures.municipalities).toMatchObject([
      { code: 'LV-016', participants: 1, plans: 1, plansAgreed: 1, committedCents: 134_400, spentCents: 8_400 },
      { code: 'LV-JEL', participants: 0, plans: 0, plansAgreed: 0, committedCents: 0, spentCents: 0 },
    ]);
    expect(figures.services[0]).toEqual({ id: 'day-centre', name: testYear.catalogue[0]?.name, unit: 'day' });
    expect(await entries(ports, 'service-year.dashboard.read')).toMatchObject([{ roundId: ROUND }]);
  });

  it('writes the figures and the evaluation as CSV, one figure a row, euros exact to the cent', async () => {
    const { ports } = await yearWithPlans();
    const admin = portsOf(ports, administrator);
    const figures = await getServiceYearDashboard(
      admin,
      staffRequest(administrator, 'service-year.dashboard.read'),
      ROUND,
    );
    const file = dashboardCsv(figures, AFTER_INTAKE_AT);
    expect(file.fileName).toBe(`${ROUND}-service-year-${DAY}.csv`);
    const rows = file.csv.replace('\uFEFF', '').trim().split('\n');
    expect(rows[0]).toBe('municipality,breakdown,key,participants,plans,plansAgreed,committedEur,spentEur');
    expect(rows).toContain('LV-016,total,,1,1,1,1344.00,84.00');
    expect(rows).toContain('LV-016,month,2019-09,,,,112.00,84.00');
    expect(rows).toContain('LV-JEL,service,day-centre,,,,0.00,0.00');
    expect(rows).toContain('all,total,,1,1,1,1344.00,84.00');

    const report = await getServiceYearEvaluation(
      admin,
      staffRequest(administrator, 'service-year.evaluation.read'),
      ROUND,
    );
    const evaluation = evaluationCsv(report, AFTER_INTAKE_AT).csv.trim().split('\n');
    expect(evaluation).toContain('all,people,,1');
    expect(evaluation).toContain('all,withheld,,fewer than 3');
    expect([euros(0), euros(5), euros(100), euros(123_456)]).toEqual(['0.00', '0.05', '1.00', '1234.56']);
  });

  it('answers zeros while the year is not set up', async () => {
    const ports = fresh();
    const figures = await getServiceYearDashboard(
      portsOf(ports, administrator),
      staffRequest(administrator, 'service-year.dashboard.read'),
      ROUND,
    );
    expect(figures).toMatchObject({ serviceYearSet: false, months: [], services: [] });
    expect(figures.overall).toMatchObject({ plans: 0, committedCents: 0, spentCents: 0 });
  });

  it('gives the evaluation without any reference, with one audit entry', async () => {
    const { ports, references } = await yearWithPlans();
    const report = await getServiceYearEvaluation(
      portsOf(ports, administrator),
      staffRequest(administrator, 'service-year.evaluation.read'),
      ROUND,
    );
    expect(report.overall).toEqual({ people: 1 });
    for (const reference of references) expect(JSON.stringify(report)).not.toContain(reference);
    expect(await entries(ports, 'service-year.evaluation.read')).toHaveLength(1);
  });

  it('does not let a social worker read the figures or the evaluation', async () => {
    const { ports } = await yearWithPlans();
    const worker = portsOf(ports, bauskaWorker);
    await expect(
      getServiceYearDashboard(worker, staffRequest(bauskaWorker, 'service-year.dashboard.read'), ROUND),
    ).rejects.toEqual(new AccessError('STAFF_ROLE_FORBIDDEN'));
    await expect(
      getServiceYearEvaluation(worker, staffRequest(bauskaWorker, 'service-year.evaluation.read'), ROUND),
    ).rejects.toEqual(new AccessError('STAFF_ROLE_FORBIDDEN'));
  });
});
