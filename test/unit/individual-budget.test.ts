import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetFor, budgetStanding, planCost, WARNING_SHARE } from '../../shared/domain/individual-budget.ts';
import { newPlanVersion, planMonths, recordMonth } from '../../shared/domain/support-plan-rules.ts';
import type { ServiceYearRules } from '../../shared/schemas/service-year.ts';
import type { PlanVersionRequest, SupportPlan } from '../../shared/schemas/support-plan.ts';

const BAUSKA = 'LV-016';
const by = { subject: 's-1', username: 'bauska', displayName: 'Bauskas sociālā darbiniece' };
const at = '2019-09-02T08:00:00.000Z';
const text = (en: string, lv: string) => ({ lv, en });

const serviceYear: ServiceYearRules = {
  budget: { amountCents: 300_000, byNeedLevel: { high: 450_000 } },
  months: 12,
  offerPlaceOnEarlyEnd: true,
  catalogue: [
    { id: 'day-centre', name: text('Day centre', 'Dienas centrs'), unit: 'day', unitPriceCents: 1_500 },
    { id: 'psychologist', name: text('Psychologist', 'Psihologs'), unit: 'visit', unitPriceCents: 3_000 },
    { id: 'support-person', name: text('Support person', 'Atbalsta persona'), unit: 'hour', unitPriceCents: 800 },
  ],
  providers: [
    {
      id: 'saules-centrs',
      municipalityCode: BAUSKA,
      name: 'Biedrība "Saules centrs"',
      registrationNumber: 'SP-0142',
      services: [
        { serviceId: 'day-centre', unitPriceCents: 1_400 },
        { serviceId: 'support-person', unitPriceCents: 850 },
      ],
    },
    {
      id: 'bauskas-psihologs',
      municipalityCode: BAUSKA,
      name: 'SIA "Prāta miers"',
      registrationNumber: 'SP-0977',
      services: [{ serviceId: 'psychologist', unitPriceCents: 3_200 }],
    },
    {
      id: 'jelgavas-centrs',
      municipalityCode: 'LV-JEL',
      name: 'Jelgavas dienas centrs',
      registrationNumber: 'SP-0200',
      services: [{ serviceId: 'day-centre', unitPriceCents: 1_000 }],
    },
  ],
};
const context = { serviceYear, municipalityCode: BAUSKA, at, by };

const request = (overrides: Partial<PlanVersionRequest> = {}): PlanVersionRequest => ({
  goals: ['Iemācīties pašam gatavot ēst', 'Satikt cilvēkus ārpus mājas'],
  services: [
    { serviceId: 'day-centre', providerId: 'saules-centrs', quantityPerMonth: 8, months: 12 },
    { serviceId: 'psychologist', providerId: 'bauskas-psihologs', quantityPerMonth: 2, months: 6 },
  ],
  startDate: '2019-09-15',
  ...overrides,
});

function agreedPlan(versionRequest = request()): SupportPlan {
  const drawn = newPlanVersion(versionRequest, undefined, context);
  if (!drawn.ok) throw new Error(JSON.stringify(drawn.problems));
  return {
    reference: 'KDMA-4729',
    roundId: 'pilot-2019',
    municipalityCode: BAUSKA,
    versions: [{ ...drawn.value, agreement: { how: 'paper', signedOn: '2019-09-10', recordedBy: by, at } }],
    deliveries: [],
    replacedDeliveries: [],
    reviews: [],
    revision: 1,
  };
}

/** A month's record of days at the day centre and, if any, visits to the psychologist, at the providers' prices. */
const month = (yyyyMm: string, days: number, visits = 0) => ({
  month: yyyyMm,
  lines: [
    { serviceId: 'day-centre', providerId: 'saules-centrs', quantity: days, amountCents: days * 1_400 },
    ...(visits > 0
      ? [
          {
            serviceId: 'psychologist',
            providerId: 'bauskas-psihologs',
            quantity: visits,
            amountCents: visits * 3_200,
          },
        ]
      : []),
  ],
});

describe('a plan version', () => {
  it('prices each service at its provider’s price and totals them in cents', () => {
    const drawn = newPlanVersion(request(), undefined, context);
    expect(drawn.ok && drawn.value).toMatchObject({
      version: 1,
      services: [{ unitPriceCents: 1_400 }, { unitPriceCents: 3_200 }],
      totalCents: 8 * 12 * 1_400 + 2 * 6 * 3_200,
      budgetCents: 300_000,
    });
  });

  it('is refused above the budget, saying by how much', () => {
    const drawn = newPlanVersion(
      request({
        services: [{ serviceId: 'day-centre', providerId: 'saules-centrs', quantityPerMonth: 20, months: 12 }],
      }),
      undefined,
      context,
    );
    expect(drawn).toEqual({
      ok: false,
      problems: [{ code: 'PLAN_OVER_BUDGET', field: 'services', overByCents: 20 * 12 * 1_400 - 300_000 }],
    });
  });

  it('may spend the budget of the assessed need level', () => {
    const services = [{ serviceId: 'day-centre', providerId: 'saules-centrs', quantityPerMonth: 20, months: 12 }];
    expect(newPlanVersion(request({ services, needLevel: 'high' }), undefined, context).ok).toBe(true);
    expect(budgetFor(serviceYear.budget, 'low')).toBe(300_000);
  });

  it('names only services of the catalogue, from providers of the person’s municipality that offer them', () => {
    const drawn = newPlanVersion(
      request({
        services: [
          { serviceId: 'horse-riding', providerId: 'saules-centrs', quantityPerMonth: 1, months: 1 },
          { serviceId: 'day-centre', providerId: 'jelgavas-centrs', quantityPerMonth: 1, months: 1 },
          { serviceId: 'psychologist', providerId: 'saules-centrs', quantityPerMonth: 1, months: 1 },
          { serviceId: 'day-centre', providerId: 'saules-centrs', quantityPerMonth: 1, months: 13 },
        ],
      }),
      undefined,
      context,
    );
    expect(drawn).toEqual({
      ok: false,
      problems: [
        { code: 'PLAN_SERVICE_UNKNOWN', field: 'services.0.serviceId' },
        { code: 'PLAN_PROVIDER_UNKNOWN', field: 'services.1.providerId' },
        { code: 'PLAN_PROVIDER_UNKNOWN', field: 'services.2.providerId' },
        { code: 'PLAN_MONTHS_TOO_MANY', field: 'services.3.months' },
      ],
    });
  });

  it('is revised by a next version that says why; an ended plan is not revised', () => {
    const plan = agreedPlan();
    expect(newPlanVersion(request(), plan, context)).toEqual({
      ok: false,
      problems: [{ code: 'PLAN_REASON_REQUIRED', field: 'reason' }],
    });
    const revised = newPlanVersion(request({ reason: 'Vajag vairāk dienu centrā' }), plan, context);
    expect(revised.ok && revised.value.version).toBe(2);
    const ended = { ...plan, end: { kind: 'completed' as const, on: '2020-09-14', at, by } };
    expect(newPlanVersion(request({ reason: 'x' }), ended, context)).toEqual({
      ok: false,
      problems: [{ code: 'PLAN_ENDED' }],
    });
  });
});

describe('a month of delivery', () => {
  it('is recorded only in the plan’s months, against an agreed plan, for services of the plan', () => {
    const plan = agreedPlan();
    expect(planMonths(plan.versions[0] as never, 12)).toEqual([
      '2019-09',
      '2019-10',
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
    ]);
    expect(recordMonth(plan, month('2020-09', 1), context)).toEqual({
      ok: false,
      problems: [{ code: 'DELIVERY_MONTH_OUTSIDE_PLAN', field: 'month' }],
    });
    const unagreed = { ...plan, versions: plan.versions.map(({ agreement: _, ...version }) => version) };
    expect(recordMonth(unagreed, month('2019-09', 1), context)).toEqual({
      ok: false,
      problems: [{ code: 'PLAN_NOT_AGREED' }],
    });
    const other = {
      month: '2019-09',
      lines: [{ serviceId: 'support-person', providerId: 'saules-centrs', quantity: 1, amountCents: 850 }],
    };
    expect(recordMonth(plan, other, context)).toEqual({
      ok: false,
      problems: [{ code: 'DELIVERY_NOT_IN_PLAN', field: 'lines.0' }],
    });
  });

  it('warns at 80 % of the plan and refuses past what the plan gives a service, saying by how much', () => {
    let plan = agreedPlan(
      request({
        services: [{ serviceId: 'day-centre', providerId: 'saules-centrs', quantityPerMonth: 10, months: 10 }],
      }),
    );
    // 100 days planned: 79 days recorded is below the warning, 80 reaches it, 101 is refused.
    const first = recordMonth(plan, month('2019-09', 79), context);
    expect(first.ok && first.value.warn).toBe(false);
    plan = { ...plan, deliveries: first.ok ? first.value.deliveries : [] };
    const second = recordMonth(plan, month('2019-10', 1), context);
    expect(second.ok && second.value.warn).toBe(true);
    plan = { ...plan, deliveries: second.ok ? second.value.deliveries : [] };
    expect(recordMonth(plan, month('2019-11', 21), context)).toEqual({
      ok: false,
      problems: [{ code: 'DELIVERY_OVER_PLAN', field: 'lines.0.amountCents', overByCents: 1_400 }],
    });
    // Recording a month again replaces it: October with 21 days fits, since its 1 day is no longer counted.
    const again = recordMonth(plan, month('2019-10', 21), context);
    expect(again.ok && again.value.standing.spentCents).toBe(100 * 1_400);
    expect(WARNING_SHARE).toBe(0.8);
  });
});

describe('the budget (properties)', () => {
  const serviceArb = fc.record({
    serviceId: fc.constantFrom('day-centre', 'psychologist', 'support-person'),
    providerId: fc.constantFrom('saules-centrs', 'bauskas-psihologs', 'jelgavas-centrs'),
    quantityPerMonth: fc.integer({ min: 1, max: 40 }),
    months: fc.integer({ min: 1, max: 12 }),
  });

  it('no accepted version costs more than the person’s budget, and every refusal over it says the exact excess', () => {
    fc.assert(
      fc.property(fc.array(serviceArb, { minLength: 1, maxLength: 6 }), (services) => {
        const drawn = newPlanVersion(request({ services }), undefined, context);
        if (drawn.ok) {
          expect(drawn.value.totalCents).toBe(planCost(drawn.value.services));
          expect(drawn.value.totalCents).toBeLessThanOrEqual(drawn.value.budgetCents);
        } else {
          for (const problem of drawn.problems) {
            if (problem.code === 'PLAN_OVER_BUDGET') expect(problem.overByCents).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('whatever months are recorded, in any order and again, no service is ever spent past its plan', () => {
    const plan = agreedPlan();
    const months = planMonths(plan.versions[0] as never, 12);
    const recordArb = fc.record({
      month: fc.constantFrom(...months),
      days: fc.integer({ min: 0, max: 40 }),
      visits: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 30 }), (records) => {
        let current = plan;
        for (const { month: yyyyMm, days, visits } of records) {
          const recorded = recordMonth(current, month(yyyyMm, days, visits), context);
          if (recorded.ok) current = { ...current, deliveries: recorded.value.deliveries };
          const standing = budgetStanding(current.versions[0] as never, current.deliveries);
          for (const line of standing.lines) expect(line.leftCents).toBeGreaterThanOrEqual(0);
          expect(standing.spentCents).toBeLessThanOrEqual(standing.plannedCents);
          expect(new Set(current.deliveries.map((delivery) => delivery.month)).size).toBe(current.deliveries.length);
        }
      }),
    );
  });
});
