import { describe, expect, it } from 'vitest';
import { demoServiceYear } from '../../../infra/seed/service-year.ts';
import {
  AccessError,
  ConflictError,
  NotFoundError,
  RuleViolationError,
  type Violation,
} from '../../../shared/domain/errors.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import type { AuditAction } from '../../../shared/schemas/audit.ts';
import type { PlanResponse, PlanVersionBody } from '../../../shared/schemas/plans-api.ts';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import { addReview } from '../../../shared/use-cases/plans/add-review.ts';
import { drawUpPlan } from '../../../shared/use-cases/plans/draw-up-plan.ts';
import { endPlan } from '../../../shared/use-cases/plans/end-plan.ts';
import { getSupportPlan } from '../../../shared/use-cases/plans/get-support-plan.ts';
import { listParticipants } from '../../../shared/use-cases/plans/list-participants.ts';
import { recordAgreement } from '../../../shared/use-cases/plans/record-agreement.ts';
import { recordDelivery } from '../../../shared/use-cases/plans/record-month.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { jelgavaWorker } from '../../fixtures/staff-identities.ts';
import { storeServiceYear } from '../../fixtures/stored-service-year.ts';
import {
  administrator,
  bauskaWorker,
  decidedInOrder,
  portsOf,
  runAndPublish,
  staffRequest,
  twoPlacesInBauska,
} from './staff-steps.ts';

const round = twoPlacesInBauska;
/** The days of the year of services: after the selection was published. */
const IN_THE_YEAR = new Date('2019-10-15T09:00:00.000Z');

/**
 * A published selection in Bauska (ranks 1 and 2 selected, one waiting) and the round's year of services, the
 * demo's (4,800.00 EUR a participant, 12 months), leaving early freeing the place or not.
 */
async function yearOfServices(options: { offerPlaceOnEarlyEnd?: boolean } = {}) {
  const ports = memoryPorts({ rounds: [round] });
  const [first, second, waiting] = (await decidedInOrder(ports, [9, 7, 5])) as [string, string, string];
  await runAndPublish(ports, round.id);
  const rules = demoServiceYear([
    { code: 'LV-016', town: 'Bauska' },
    { code: 'LV-JEL', town: 'Jelgava' },
  ]);
  const offerPlaceOnEarlyEnd = options.offerPlaceOnEarlyEnd ?? true;
  await storeServiceYear(ports, round.id, { ...rules, offerPlaceOnEarlyEnd }, new Date('2019-09-01T08:00:00.000Z'));
  return { ports, first, second, waiting };
}

/** Eight days a month at the day centre for a year: 8 × 12 × 14.00 EUR = 1,344.00 EUR. */
const dayCentre = { serviceId: 'day-centre', providerId: 'lv-016-centrs', quantityPerMonth: 8, months: 12 };
const firstVersion: PlanVersionBody = {
  goals: ['Satikt cilvēkus ārpus mājas', 'Iemācīties gatavot ēst'],
  services: [dayCentre],
  personView: 'Gribu iet uz centru divreiz nedēļā.',
  startDate: '2019-10-01',
};

const as = (identity: StaffIdentity, action: AuditAction) => staffRequest(identity, action, IN_THE_YEAR);

function drawUp(ports: MemoryPorts, reference: string, request: PlanVersionBody, identity = bauskaWorker) {
  return drawUpPlan(portsOf(ports, identity), as(identity, 'plan.version'), { reference, request });
}

function agree(ports: MemoryPorts, reference: string, revision: number, signedOn = '2019-10-10') {
  return recordAgreement(portsOf(ports, bauskaWorker), as(bauskaWorker, 'plan.agree'), {
    reference,
    request: { signedOn, revision },
  });
}

/** The first version drawn up and signed: the plan against which months are recorded. */
async function agreedPlan(ports: MemoryPorts, reference: string): Promise<PlanResponse> {
  const drawn = await drawUp(ports, reference, firstVersion);
  return agree(ports, reference, drawn.plan?.revision as number);
}

function recordMonth(ports: MemoryPorts, reference: string, revision: number, month: string, amountCents: number) {
  return recordDelivery(portsOf(ports, bauskaWorker), as(bauskaWorker, 'plan.delivery'), {
    reference,
    request: {
      month,
      lines: [{ serviceId: 'day-centre', providerId: 'lv-016-centrs', quantity: 8, amountCents }],
      revision,
    },
  });
}

function refusedWith(violations: Violation[]) {
  return new RuleViolationError(violations);
}

describe('who has a plan', () => {
  it('lists the selected participants only, by rank, each without a plan and with the round’s budget', async () => {
    const { ports, first, second } = await yearOfServices();
    const list = await listParticipants(portsOf(ports, bauskaWorker), as(bauskaWorker, 'participants.read'), {
      roundId: round.id,
    });
    expect(list).toMatchObject({ municipalityCode: 'LV-016', serviceYearSet: true });
    expect(list.participants.map((participant) => [participant.reference, participant.rank])).toEqual([
      [first, 1],
      [second, 2],
    ]);
    expect(list.participants[0]).toMatchObject({
      plan: { state: 'none' },
      budgetCents: 480_000,
      committedCents: 0,
      spentCents: 0,
    });
  });

  it('refuses a plan to a person on the waiting list, and stores nothing', async () => {
    const { ports, waiting } = await yearOfServices();
    await expect(drawUp(ports, waiting, firstVersion)).rejects.toEqual(new ConflictError('NOT_A_PARTICIPANT'));
    await expect(getSupportPlan(portsOf(ports, bauskaWorker), as(bauskaWorker, 'plan.read'), waiting)).rejects.toEqual(
      new ConflictError('NOT_A_PARTICIPANT'),
    );
    await expect(ports.supportPlans.list(round.id)).resolves.toEqual([]);
  });

  it('answers another municipality’s social worker as if the participant did not exist', async () => {
    const { ports, first } = await yearOfServices();
    await agreedPlan(ports, first);
    const jelgava = portsOf(ports, jelgavaWorker);
    const notFound = new NotFoundError('APPLICATION_NOT_FOUND', 'OTHER_MUNICIPALITY');
    await expect(getSupportPlan(jelgava, as(jelgavaWorker, 'plan.read'), first)).rejects.toEqual(notFound);
    await expect(drawUp(ports, first, { ...firstVersion, reason: 'x', revision: 2 }, jelgavaWorker)).rejects.toEqual(
      notFound,
    );
    await expect(
      listParticipants(jelgava, as(jelgavaWorker, 'participants.read'), { roundId: round.id, municipality: 'LV-016' }),
    ).rejects.toEqual(new AccessError('MUNICIPALITY_FILTER_FORBIDDEN'));
  });

  it('lets an administrator read a plan, but not change it', async () => {
    const { ports, first } = await yearOfServices();
    await agreedPlan(ports, first);
    const read = await getSupportPlan(portsOf(ports, administrator), as(administrator, 'plan.read'), first);
    expect(read.plan?.versions).toHaveLength(1);
    await expect(drawUp(ports, first, { ...firstVersion, revision: 2 }, administrator)).rejects.toEqual(
      new AccessError('PLAN_NEEDS_SOCIAL_WORKER'),
    );
  });
});

describe('drawing up the plan', () => {
  it('prices each service at the provider’s price and shows the participant’s standing', async () => {
    const { ports, first } = await yearOfServices();
    const drawn = await drawUp(ports, first, firstVersion);
    expect(drawn.plan?.versions[0]).toMatchObject({
      version: 1,
      goals: firstVersion.goals,
      services: [{ ...dayCentre, unitPriceCents: 1_400 }],
      totalCents: 134_400,
      budgetCents: 480_000,
      by: { username: 'bauska' },
    });
    expect(drawn.serviceYear?.providers.map((provider) => provider.id)).toEqual(['lv-016-centrs', 'lv-016-prakse']);
    expect(drawn.standing).toMatchObject({ plannedCents: 134_400, spentCents: 0, warn: false });
    expect(drawn.standing?.months).toHaveLength(12);
  });

  it('never goes above the budget: refused with by how much, and nothing stored', async () => {
    const { ports, first } = await yearOfServices();
    // 50 hours of a support person a month for a year, 4,200.00 EUR, and the day centre: 5,544.00 EUR.
    const supportPerson = {
      serviceId: 'support-person',
      providerId: 'lv-016-centrs',
      quantityPerMonth: 50,
      months: 12,
    };
    const tooMuch = { ...firstVersion, services: [dayCentre, supportPerson] };
    await expect(drawUp(ports, first, tooMuch)).rejects.toEqual(
      refusedWith([{ code: 'PLAN_OVER_BUDGET', field: 'services', overByCents: 74_400 }]),
    );
    await expect(ports.supportPlans.list(round.id)).resolves.toEqual([]);
    // A high assessed need has the round's larger amount.
    const high = await drawUp(ports, first, { ...tooMuch, needLevel: 'high' });
    expect(high.plan?.versions[0]).toMatchObject({ totalCents: 554_400, budgetCents: 720_000 });
  });

  it('refuses a provider of another municipality', async () => {
    const { ports, first } = await yearOfServices();
    const jelgavaCentre = { ...dayCentre, providerId: 'lv-jel-centrs' };
    await expect(drawUp(ports, first, { ...firstVersion, services: [jelgavaCentre] })).rejects.toEqual(
      refusedWith([{ code: 'PLAN_PROVIDER_UNKNOWN', field: 'services.0.providerId' }]),
    );
  });

  it('keeps every version with its reason; a revision needs one, and a new version a new agreement', async () => {
    const { ports, first } = await yearOfServices();
    const agreed = await agreedPlan(ports, first);
    const revision = agreed.plan?.revision as number;
    const moreHours = { ...firstVersion, services: [{ ...dayCentre, quantityPerMonth: 10 }], revision };
    await expect(drawUp(ports, first, moreHours)).rejects.toEqual(
      refusedWith([{ code: 'PLAN_REASON_REQUIRED', field: 'reason' }]),
    );
    const revised = await drawUp(ports, first, { ...moreHours, reason: 'Grib biežāk apmeklēt centru.' });
    const versions = revised.plan?.versions ?? [];
    expect(versions.map((version) => [version.version, version.reason, version.totalCents])).toEqual([
      [1, undefined, 134_400],
      [2, 'Grib biežāk apmeklēt centru.', 168_000],
    ]);
    expect(versions[0]?.agreement).toMatchObject({ how: 'paper', signedOn: '2019-10-10' });
    expect(versions[1]?.agreement).toBeUndefined();
    const list = await listParticipants(portsOf(ports, bauskaWorker), as(bauskaWorker, 'participants.read'), {
      roundId: round.id,
    });
    expect(list.participants[0]).toMatchObject({ plan: { state: 'draft', version: 2 }, committedCents: 168_000 });
  });

  it('refuses a change made on an older page, so no version is lost', async () => {
    const { ports, first } = await yearOfServices();
    const drawn = await drawUp(ports, first, firstVersion);
    const readRevision = drawn.plan?.revision as number;
    await agree(ports, first, readRevision);
    await expect(drawUp(ports, first, { ...firstVersion, reason: 'Cits', revision: readRevision })).rejects.toEqual(
      new ConflictError('PLAN_CHANGED'),
    );
    // A first version drawn up again, on a page that had no plan.
    await expect(drawUp(ports, first, firstVersion)).rejects.toEqual(new ConflictError('PLAN_CHANGED'));
  });

  it('records the paper agreement once, never with a date still to come', async () => {
    const { ports, first } = await yearOfServices();
    const drawn = await drawUp(ports, first, firstVersion);
    await expect(agree(ports, first, drawn.plan?.revision as number, '2019-10-16')).rejects.toEqual(
      refusedWith([{ code: 'PLAN_DATE_IN_FUTURE', field: 'signedOn' }]),
    );
    const agreed = await agree(ports, first, drawn.plan?.revision as number, '2019-10-15');
    const again = await agree(ports, first, agreed.plan?.revision as number, '2019-10-01');
    expect(again.plan?.versions[0]?.agreement).toMatchObject({
      signedOn: '2019-10-15',
      recordedBy: { username: 'bauska' },
    });
  });
});

describe('the months of the year', () => {
  it('are refused before the plan is agreed, and outside the plan’s months', async () => {
    const { ports, first } = await yearOfServices();
    const drawn = await drawUp(ports, first, firstVersion);
    await expect(recordMonth(ports, first, drawn.plan?.revision as number, '2019-10', 11_200)).rejects.toEqual(
      refusedWith([{ code: 'PLAN_NOT_AGREED' }]),
    );
    const agreed = await agree(ports, first, drawn.plan?.revision as number);
    const revision = agreed.plan?.revision as number;
    for (const month of ['2019-09', '2020-10']) {
      await expect(recordMonth(ports, first, revision, month, 11_200)).rejects.toEqual(
        refusedWith([{ code: 'DELIVERY_MONTH_OUTSIDE_PLAN', field: 'month' }]),
      );
    }
  });

  it('replaces a month recorded again and keeps the replaced record', async () => {
    const { ports, first } = await yearOfServices();
    const agreed = await agreedPlan(ports, first);
    const once = await recordMonth(ports, first, agreed.plan?.revision as number, '2019-10', 11_200);
    const twice = await recordMonth(ports, first, once.plan?.revision as number, '2019-10', 9_800);
    expect(twice.plan?.deliveries.map((delivery) => [delivery.month, delivery.lines[0]?.amountCents])).toEqual([
      ['2019-10', 9_800],
    ]);
    expect(twice.plan?.replacedDeliveries.map((delivery) => delivery.lines[0]?.amountCents)).toEqual([11_200]);
    expect(twice.standing).toMatchObject({ spentCents: 9_800, leftCents: 134_400 - 9_800 });
  });

  it('warns from 80 % spent and refuses past 100 %, saying by how much', async () => {
    const { ports, first } = await yearOfServices();
    const agreed = await agreedPlan(ports, first);
    const below = await recordMonth(ports, first, agreed.plan?.revision as number, '2019-10', 107_519);
    expect(below.standing?.warn).toBe(false);
    const at80 = await recordMonth(ports, first, below.plan?.revision as number, '2019-10', 107_520);
    expect(at80.standing).toMatchObject({ warn: true, spentShare: 0.8 });
    await expect(recordMonth(ports, first, at80.plan?.revision as number, '2019-11', 26_881)).rejects.toEqual(
      refusedWith([{ code: 'DELIVERY_OVER_PLAN', field: 'lines.0.amountCents', overByCents: 1 }]),
    );
    const all = await recordMonth(ports, first, at80.plan?.revision as number, '2019-11', 26_880);
    expect(all.standing).toMatchObject({ leftCents: 0, spentShare: 1 });
  });

  it('adds reviews with notes', async () => {
    const { ports, first } = await yearOfServices();
    const agreed = await agreedPlan(ports, first);
    const reviewed = await addReview(portsOf(ports, bauskaWorker), as(bauskaWorker, 'plan.review'), {
      reference: first,
      request: { note: 'Apmeklē centru regulāri.', revision: agreed.plan?.revision as number },
    });
    expect(reviewed.plan?.reviews).toEqual([
      {
        note: 'Apmeklē centru regulāri.',
        at: IN_THE_YEAR.toISOString(),
        by: expect.objectContaining({ username: 'bauska' }),
      },
    ]);
  });
});

describe('the end of the year', () => {
  const end = (ports: MemoryPorts, reference: string, revision: number) =>
    endPlan(portsOf(ports, bauskaWorker), as(bauskaWorker, 'plan.end'), {
      reference,
      request: { kind: 'left-early', on: '2019-10-14', reason: 'Pārcēlās uz citu novadu.', revision },
    });

  it('leaving early offers the place to the first on the waiting list, when the round allows it', async () => {
    const { ports, first, waiting } = await yearOfServices({ offerPlaceOnEarlyEnd: true });
    const agreed = await agreedPlan(ports, first);
    const ended = await end(ports, first, agreed.plan?.revision as number);

    expect(ended.plan?.end).toMatchObject({ kind: 'left-early', reason: 'Pārcēlās uz citu novadu.' });
    const leaver = (await ports.applications.get(first)) as Application;
    expect(leaver.withdrawal).toMatchObject({ reason: 'Pārcēlās uz citu novadu.' });
    const offered = (await ports.applications.get(waiting)) as Application;
    expect(offered.selection).toMatchObject({ outcome: 'selected', rank: 2, offeredAt: IN_THE_YEAR.toISOString() });
    // One request, one audit entry: it went with the place, naming the person offered it.
    const entries = (await ports.audit.forApplication(first)).filter((entry) => entry.action === 'plan.end');
    expect(entries).toEqual([expect.objectContaining({ outcome: 'succeeded', related: [waiting] })]);

    // The one who left stays on the list with the plan ended; the one offered the place joins it.
    const list = await listParticipants(portsOf(ports, bauskaWorker), as(bauskaWorker, 'participants.read'), {
      roundId: round.id,
    });
    expect(list.participants.map((participant) => [participant.reference, participant.plan.state])).toContainEqual([
      first,
      'ended',
    ]);
    expect(list.participants.map((participant) => participant.reference)).toContain(waiting);
    await expect(
      addReview(portsOf(ports, bauskaWorker), as(bauskaWorker, 'plan.review'), {
        reference: first,
        request: { note: 'Vēlāk', revision: ended.plan?.revision as number },
      }),
    ).rejects.toEqual(refusedWith([{ code: 'PLAN_ENDED' }]));
  });

  it('ends the plan once the place is passed on, even when someone changed the plan in between', async () => {
    const { ports, first, waiting } = await yearOfServices({ offerPlaceOnEarlyEnd: true });
    const agreed = await agreedPlan(ports, first);
    // Another social worker adds a review just after the place was passed on, before the plan's end is stored.
    const saveReviewed = ports.applications.saveReviewed.bind(ports.applications);
    ports.applications.saveReviewed = async (applications, audit) => {
      const saved = await saveReviewed(applications, audit);
      await addReview(portsOf(ports, bauskaWorker), as(bauskaWorker, 'plan.review'), {
        reference: first,
        request: { note: 'Zvanīja ģimene.', revision: agreed.plan?.revision as number },
      });
      return saved;
    };

    const ended = await end(ports, first, agreed.plan?.revision as number);

    expect(ended.plan?.end?.kind).toBe('left-early');
    expect(ended.plan?.reviews.map((review) => review.note)).toEqual(['Zvanīja ģimene.']);
    await expect(ports.applications.get(waiting)).resolves.toMatchObject({ selection: { outcome: 'selected' } });
    const actions = (await ports.audit.forApplication(first)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'plan.end')).toHaveLength(1);
  });

  it('leaving early offers nothing when the round keeps the place', async () => {
    const { ports, first, waiting } = await yearOfServices({ offerPlaceOnEarlyEnd: false });
    const agreed = await agreedPlan(ports, first);
    const before = await ports.applications.get(waiting);
    const ended = await end(ports, first, agreed.plan?.revision as number);

    expect(ended.plan?.end?.kind).toBe('left-early');
    await expect(ports.applications.get(waiting)).resolves.toEqual(before);
    await expect(ports.applications.get(first)).resolves.not.toHaveProperty('withdrawal');
  });
});

describe('the audit', () => {
  it('keeps one entry per request, each with its action, about the participant', async () => {
    const { ports, first } = await yearOfServices();
    const worker = portsOf(ports, bauskaWorker);
    const agreed = await agreedPlan(ports, first);
    await getSupportPlan(worker, as(bauskaWorker, 'plan.read'), first);
    const month = await recordMonth(ports, first, agreed.plan?.revision as number, '2019-10', 11_200);
    await endPlan(worker, as(bauskaWorker, 'plan.end'), {
      reference: first,
      request: { kind: 'completed', on: '2019-10-15', revision: month.plan?.revision as number },
    });
    const planEntries = (await ports.audit.forApplication(first)).filter((entry) => entry.action.startsWith('plan.'));
    expect(planEntries.map((entry) => [entry.action, entry.outcome, entry.municipalityCode])).toEqual([
      ['plan.version', 'succeeded', 'LV-016'],
      ['plan.agree', 'succeeded', 'LV-016'],
      ['plan.read', 'succeeded', 'LV-016'],
      ['plan.delivery', 'succeeded', 'LV-016'],
      ['plan.end', 'succeeded', 'LV-016'],
    ]);
    expect(new Set(planEntries.map((entry) => entry.id)).size).toBe(planEntries.length);
    // A completed year frees no place.
    await expect(ports.applications.get(first)).resolves.not.toHaveProperty('withdrawal');
  });
});
