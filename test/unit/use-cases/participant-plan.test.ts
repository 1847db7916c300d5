import { beforeEach, describe, expect, it } from 'vitest';
import { demoServiceYear } from '../../../infra/seed/service-year.ts';
import { ConflictError, NotFoundError, RuleViolationError } from '../../../shared/domain/errors.ts';
import { currentVersion, newPlanVersion, recordMonth } from '../../../shared/domain/support-plan-rules.ts';
import type { ServiceYearRules } from '../../../shared/schemas/service-year.ts';
import type { PlanVersionRequest, SupportPlan } from '../../../shared/schemas/support-plan.ts';
import { agreeToPlan } from '../../../shared/use-cases/participant/agree-to-plan.ts';
import { getParticipantPlan } from '../../../shared/use-cases/participant/get-participant-plan.ts';
import { auditEntry, staffRef } from '../../../shared/use-cases/staff/staff-context.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { administrator, bauskaWorker, scoredRound, staffRequest, submitted } from './staff-steps.ts';

const ROUND = scoredRound.id;
const YEAR: ServiceYearRules = demoServiceYear([
  { code: 'LV-016', town: 'Bauska' },
  { code: 'LV-JEL', town: 'Jelgava' },
]);
/** The participant reads the plan in December 2019, three months into it. */
const NOW = new Date('2019-12-10T09:00:00.000Z');
const DRAWN_UP = new Date('2019-09-20T08:00:00.000Z');
const worker = staffRef(bauskaWorker);

const FIRST_VERSION: PlanVersionRequest = {
  goals: ['Gribu pati iepirkties veikalā.', 'Gribu satikt cilvēkus.'],
  personView: 'Man patīk dienas centrs.',
  services: [
    { serviceId: 'day-centre', providerId: 'lv-016-centrs', quantityPerMonth: 8, months: 12 },
    { serviceId: 'psychologist', providerId: 'lv-016-prakse', quantityPerMonth: 1, months: 12 },
  ],
  startDate: '2019-10-01',
};

let ports: MemoryPorts;
let reference: string;
let accessCode: string;

beforeEach(async () => {
  ports = memoryPorts({ rounds: [scoredRound] });
  reference = await submitted(ports);
  accessCode = ports.keyring.accessCode(reference);
  await ports.serviceYears.saveChange(
    { ...YEAR, roundId: ROUND, revision: 0, updatedAt: DRAWN_UP.toISOString(), updatedBy: staffRef(administrator) },
    { isNew: true, audit: auditEntry(staffRequest(administrator, 'round.save', DRAWN_UP), { roundId: ROUND }) },
  );
});

/** The social worker's change of the plan, stored as the staff pages store it, with their audit entry. */
async function store(plan: SupportPlan, isNew = false): Promise<SupportPlan> {
  const audit = auditEntry(staffRequest(bauskaWorker, 'note.add', DRAWN_UP), { roundId: ROUND, reference });
  const saved = await ports.supportPlans.save(plan, { isNew, audit });
  if (!saved) throw new Error('The plan changed meanwhile');
  return saved;
}

function version(request: PlanVersionRequest, previous?: SupportPlan) {
  const made = newPlanVersion(request, previous, {
    serviceYear: YEAR,
    municipalityCode: 'LV-016',
    at: DRAWN_UP.toISOString(),
    by: worker,
  });
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return made.value;
}

/** A plan drawn up with the social worker, not agreed yet. */
const drawnUp = () =>
  store(
    {
      reference,
      roundId: ROUND,
      municipalityCode: 'LV-016',
      versions: [version(FIRST_VERSION)],
      deliveries: [],
      replacedDeliveries: [],
      reviews: [],
      revision: 0,
    },
    true,
  );

/** Signed on paper, then October and November delivered. */
async function agreedAndDelivered(): Promise<SupportPlan> {
  let plan = await drawnUp();
  plan = await store({
    ...plan,
    versions: [
      {
        ...currentVersion(plan),
        agreement: { how: 'paper', signedOn: '2019-09-25', recordedBy: worker, at: DRAWN_UP.toISOString() },
      },
    ],
    reviews: [{ note: 'Runājām par darbu.', at: DRAWN_UP.toISOString(), by: worker }],
  });
  for (const [month, days] of [
    ['2019-10', 8],
    ['2019-11', 6],
  ] as const) {
    const recorded = recordMonth(
      plan,
      {
        month,
        lines: [
          { serviceId: 'day-centre', providerId: 'lv-016-centrs', quantity: days, amountCents: days * 1_400 },
          { serviceId: 'psychologist', providerId: 'lv-016-prakse', quantity: 1, amountCents: 3_500 },
        ],
      },
      { serviceYear: YEAR, at: NOW.toISOString(), by: worker },
    );
    if (!recorded.ok) throw new Error(JSON.stringify(recorded.problems));
    plan = await store({ ...plan, deliveries: recorded.value.deliveries });
  }
  return plan;
}

const read = (code = accessCode) => getParticipantPlan(ports, { reference, accessCode: code, now: NOW });
const agree = (versionNumber: number, requestId = 'agree-1') =>
  agreeToPlan(ports, { reference, accessCode, now: NOW, version: versionNumber, requestId });

describe('the participant’s plan', () => {
  it('reads a wrong access code exactly as an unknown reference', async () => {
    await agreedAndDelivered();
    const wrong = accessCode.startsWith('A') ? `B${accessCode.slice(1)}` : `A${accessCode.slice(1)}`;
    await expect(read(wrong)).rejects.toEqual(new NotFoundError('APPLICATION_NOT_FOUND'));
    await expect(
      getParticipantPlan(ports, {
        reference: 'ZZZZ-2222',
        accessCode: ports.keyring.accessCode('ZZZZ-2222'),
        now: NOW,
      }),
    ).rejects.toEqual(new NotFoundError('APPLICATION_NOT_FOUND'));
    await expect(
      agreeToPlan(ports, { reference, accessCode: wrong, now: NOW, version: 1, requestId: 'r' }),
    ).rejects.toEqual(new NotFoundError('APPLICATION_NOT_FOUND'));
  });

  it('answers PLAN_NOT_READY to an application without a plan, and never shows another person’s', async () => {
    await expect(read()).rejects.toEqual(new NotFoundError('PLAN_NOT_READY'));
    await agreedAndDelivered();
    const other = await submitted(ports);
    const otherCode = ports.keyring.accessCode(other);
    await expect(getParticipantPlan(ports, { reference: other, accessCode: otherCode, now: NOW })).rejects.toEqual(
      new NotFoundError('PLAN_NOT_READY'),
    );
    await expect(
      agreeToPlan(ports, { reference: other, accessCode: otherCode, now: NOW, version: 1, requestId: 'r' }),
    ).rejects.toEqual(new NotFoundError('PLAN_NOT_READY'));
  });

  it('shows the goals in order, each service with its provider and cost, the budget, the months and what is left', async () => {
    await agreedAndDelivered();
    const plan = await read();
    expect(plan).toMatchObject({
      reference,
      version: 1,
      goals: FIRST_VERSION.goals,
      personView: 'Man patīk dienas centrs.',
      startDate: '2019-10-01',
      lastMonth: '2020-09',
      budgetCents: 480_000,
      plannedCents: 12 * 8 * 1_400 + 12 * 3_500,
      agreement: { how: 'paper', signedOn: '2019-09-25' },
      canAgree: false,
    });
    expect(plan.services[0]).toEqual({
      serviceId: 'day-centre',
      providerId: 'lv-016-centrs',
      name: { lv: 'Dienas aprūpes centrs', en: 'Day care centre' },
      unit: 'day',
      provider: {
        name: 'Biedrība "Bauska kopienas centrs"',
        phone: '+371 60000010',
        email: 'centrs@lv-016.example.lv',
        address: 'Skolas iela 2, Bauska',
      },
      quantityPerMonth: 8,
      months: 12,
      monthCents: 11_200,
      totalCents: 134_400,
    });
    expect(plan.months.map(({ month, totalCents }) => [month, totalCents])).toEqual([
      ['2019-10', 8 * 1_400 + 3_500],
      ['2019-11', 6 * 1_400 + 3_500],
    ]);
    expect(plan.months[0]?.lines[0]).toMatchObject({
      name: { en: 'Day care centre' },
      quantity: 8,
      amountCents: 11_200,
    });
    expect(plan.standing.lines.map((line) => [line.serviceId, line.spentCents, line.leftCents])).toEqual([
      ['day-centre', 14 * 1_400, 134_400 - 14 * 1_400],
      ['psychologist', 7_000, 42_000 - 7_000],
    ]);
    expect(plan.standing.leftCents).toBe(plan.plannedCents - (14 * 1_400 + 7_000));
  });

  it('holds no staff member’s name or username, no review note and not why a plan ended', async () => {
    const plan = await agreedAndDelivered();
    await store({
      ...plan,
      end: {
        kind: 'left-early',
        on: '2019-12-01',
        reason: 'Pārcēlās uz citu pilsētu.',
        at: NOW.toISOString(),
        by: worker,
      },
    });
    const answer = JSON.stringify(await read());
    for (const secret of [bauskaWorker.username, bauskaWorker.displayName, bauskaWorker.subject]) {
      expect(answer).not.toContain(secret);
    }
    expect(answer).not.toContain('Runājām par darbu');
    expect(answer).not.toContain('Pārcēlās');
    expect(JSON.parse(answer).end).toEqual({ kind: 'left-early', on: '2019-12-01' });
  });
});

describe('agreeing online', () => {
  it('stores the online agreement on the current version with an audit entry that names no staff member', async () => {
    const before = await drawnUp();
    expect((await read()).canAgree).toBe(true);
    const answer = await agree(1);
    expect(answer).toMatchObject({ agreement: { how: 'online', at: NOW.toISOString() }, canAgree: false });
    const stored = await ports.supportPlans.get(before);
    expect(stored?.revision).toBe(before.revision + 1);
    expect(stored?.versions.at(-1)?.agreement).toEqual({ how: 'online', at: NOW.toISOString() });
    const entries = await ports.audit.forApplication(reference);
    expect(entries.at(-1)).toEqual({
      id: 'agree-1',
      at: NOW.toISOString(),
      action: 'plan.agree-online',
      roundId: ROUND,
      reference,
      municipalityCode: 'LV-016',
      outcome: 'succeeded',
    });
  });

  it('takes agreeing twice as agreed, changing nothing the second time', async () => {
    await drawnUp();
    const first = await agree(1, 'agree-1');
    const stored = await ports.supportPlans.get({ roundId: ROUND, municipalityCode: 'LV-016', reference });
    const entries = (await ports.audit.forApplication(reference)).length;
    await expect(agree(1, 'agree-2')).resolves.toEqual(first);
    await expect(ports.supportPlans.get({ roundId: ROUND, municipalityCode: 'LV-016', reference })).resolves.toEqual(
      stored,
    );
    expect(await ports.audit.forApplication(reference)).toHaveLength(entries);
  });

  it('refuses to agree to a plan that has ended, and stores nothing', async () => {
    const plan = await drawnUp();
    const ended = await store({
      ...plan,
      end: { kind: 'completed', on: '2019-11-30', at: NOW.toISOString(), by: worker },
    });
    await expect(agree(1)).rejects.toEqual(new RuleViolationError([{ code: 'PLAN_ENDED' }]));
    await expect(ports.supportPlans.get(plan)).resolves.toEqual(ended);
  });

  it('refuses a version the social worker has replaced since, so a changed plan is never agreed unread', async () => {
    const plan = await drawnUp();
    const revised = await store({
      ...plan,
      versions: [...plan.versions, version({ ...FIRST_VERSION, reason: 'Vairāk psihologa.' }, plan)],
    });
    await expect(agree(1)).rejects.toEqual(new ConflictError('PLAN_VERSION_CHANGED'));
    await expect(ports.supportPlans.get(plan)).resolves.toEqual(revised);
    await expect(agree(2)).resolves.toMatchObject({ version: 2, agreement: { how: 'online' } });
  });

  it('agrees over a change the social worker stored between its read and its write, keeping that change', async () => {
    const plan = await drawnUp();
    const save = ports.supportPlans.save.bind(ports.supportPlans);
    let interrupted = false;
    ports.supportPlans.save = async (changed, change) => {
      if (!interrupted) {
        interrupted = true;
        await store({ ...plan, reviews: [{ note: 'Zvanīja.', at: NOW.toISOString(), by: worker }] });
      }
      return save(changed, change);
    };
    await agree(1);
    const stored = await ports.supportPlans.get(plan);
    expect(stored?.reviews).toHaveLength(1);
    expect(stored?.versions[0]?.agreement).toEqual({ how: 'online', at: NOW.toISOString() });
    expect(stored?.revision).toBe(plan.revision + 2);
  });
});
