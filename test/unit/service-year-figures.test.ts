import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluationReport,
  SMALLEST_GROUP,
  serviceYearFigures,
  spreadOf,
} from '../../shared/domain/service-year-figures.ts';
import type { SupportPlan } from '../../shared/schemas/support-plan.ts';
import { delivered, line, plan, planned, testYear, version } from '../fixtures/service-year-plans.ts';

const MUNICIPALITIES = [
  { code: 'LV-016', participants: 3 },
  { code: 'LV-JEL', participants: 2 },
  { code: 'LV-LPX', participants: 0 },
];
const CODES = MUNICIPALITIES.map((municipality) => municipality.code);

/** Two Bauska plans (one revised, its revision not agreed yet) and one Jelgava plan, with months delivered. */
function pilotPlans(): SupportPlan[] {
  return [
    plan(
      'KDMA-4729',
      'LV-016',
      [
        version([
          planned('day-centre', 'bauska-centrs', 8, 12, 1_400),
          planned('psychologist', 'bauska-prakse', 2, 6, 3_500),
        ]),
        // Waiting for the person's agreement: not in force, so it commits nothing yet.
        version([planned('day-centre', 'bauska-centrs', 20, 12, 1_400)], { version: 2, agreed: false }),
      ],
      {
        deliveries: [
          delivered('2019-09', [
            line('day-centre', 'bauska-centrs', 6, 8_400),
            line('psychologist', 'bauska-prakse', 1, 3_500),
          ]),
          delivered('2019-10', [line('day-centre', 'bauska-centrs', 8, 11_200)]),
        ],
      },
    ),
    plan(
      'ABCD-2345',
      'LV-016',
      [version([planned('support-person', 'bauska-centrs', 10, 3, 701)], { startDate: '2019-11-01' })],
      {
        deliveries: [delivered('2019-11', [line('support-person', 'bauska-centrs', 9, 6_309)])],
      },
    ),
    plan('EFGH-6789', 'LV-JEL', [version([planned('day-centre', 'jelgava-centrs', 4, 12, 1_300)], { agreed: false })]),
  ];
}

describe('the figures of a year of services', () => {
  it('commits what the agreed versions plan, to the cent, spread over each service’s own months', () => {
    const figures = serviceYearFigures(pilotPlans(), testYear.catalogue, MUNICIPALITIES);
    const bauska = figures.municipalities[0];
    // 8 days × 12 months × 14.00 + 2 visits × 6 months × 35.00; 10 hours × 3 months × 7.01
    const first = 8 * 12 * 1_400 + 2 * 6 * 3_500;
    const second = 10 * 3 * 701;
    expect(bauska).toMatchObject({
      code: 'LV-016',
      participants: 3,
      plans: 2,
      plansAgreed: 2,
      committedCents: first + second,
      spentCents: 8_400 + 3_500 + 11_200 + 6_309,
    });
    // The day centre's twelve months, from the start date's month.
    expect(figures.months).toHaveLength(12);
    expect([figures.months[0], figures.months[4], figures.months.at(-1)]).toEqual(['2019-09', '2020-01', '2020-08']);
    expect(bauska?.byMonth.slice(0, 4)).toEqual([
      { month: '2019-09', committedCents: 8 * 1_400 + 2 * 3_500, spentCents: 8_400 + 3_500 },
      { month: '2019-10', committedCents: 8 * 1_400 + 2 * 3_500, spentCents: 11_200 },
      { month: '2019-11', committedCents: 8 * 1_400 + 2 * 3_500 + 10 * 701, spentCents: 6_309 },
      { month: '2019-12', committedCents: 8 * 1_400 + 2 * 3_500 + 10 * 701, spentCents: 0 },
    ]);
    // The psychologist's six months end in February; the day centre runs to August.
    expect(bauska?.byMonth.find((month) => month.month === '2020-03')?.committedCents).toBe(8 * 1_400);
    expect(bauska?.byService).toEqual([
      { serviceId: 'day-centre', committedCents: 8 * 12 * 1_400, spentCents: 8_400 + 11_200 },
      { serviceId: 'psychologist', committedCents: 2 * 6 * 3_500, spentCents: 3_500 },
      { serviceId: 'support-person', committedCents: second, spentCents: 6_309 },
    ]);
  });

  it('counts a plan not agreed yet as a plan that commits nothing', () => {
    const jelgava = serviceYearFigures(pilotPlans(), testYear.catalogue, MUNICIPALITIES).municipalities[1];
    expect(jelgava).toMatchObject({ plans: 1, plansAgreed: 0, committedCents: 0, spentCents: 0 });
  });

  it('shows a municipality with no plans as zeros in every month and every kind of service', () => {
    const figures = serviceYearFigures(pilotPlans(), testYear.catalogue, MUNICIPALITIES);
    const liepaja = figures.municipalities[2];
    expect(liepaja).toMatchObject({ code: 'LV-LPX', participants: 0, plans: 0, plansAgreed: 0 });
    expect(liepaja?.committedCents).toBe(0);
    expect(liepaja?.spentCents).toBe(0);
    expect(liepaja?.byMonth).toEqual(figures.months.map((month) => ({ month, committedCents: 0, spentCents: 0 })));
    expect(
      liepaja?.byService.map((service) => [service.serviceId, service.committedCents, service.spentCents]),
    ).toEqual([
      ['day-centre', 0, 0],
      ['psychologist', 0, 0],
      ['support-person', 0, 0],
    ]);
  });

  it('shows a round without plans as zeros, with the catalogue’s kinds and no months', () => {
    const figures = serviceYearFigures([], testYear.catalogue, MUNICIPALITIES);
    expect(figures.months).toEqual([]);
    expect(figures.overall).toMatchObject({ participants: 5, plans: 0, committedCents: 0, spentCents: 0 });
    expect(figures.overall.byService.every((service) => service.committedCents === 0)).toBe(true);
  });

  it('counts only the month records in force: a replaced record no longer counts', () => {
    const [first] = pilotPlans();
    const replaced = {
      ...(first as SupportPlan),
      replacedDeliveries: [delivered('2019-09', [line('day-centre', 'bauska-centrs', 30, 42_000)])],
    };
    const figures = serviceYearFigures([replaced], testYear.catalogue, MUNICIPALITIES);
    expect(figures.overall.spentCents).toBe(8_400 + 3_500 + 11_200);
  });

  it('keeps a kind of service the catalogue no longer has, by its id, after the catalogue’s', () => {
    const plans = [
      plan('KDMA-4729', 'LV-016', [version([planned('respite-care', 'bauska-centrs', 2, 2, 2_900)])], {
        deliveries: [delivered('2019-09', [line('respite-care', 'bauska-centrs', 2, 5_800)])],
      }),
    ];
    const figures = serviceYearFigures(plans, testYear.catalogue, MUNICIPALITIES);
    expect(figures.serviceIds).toEqual(['day-centre', 'psychologist', 'support-person', 'respite-care']);
    expect(figures.overall.byService.at(-1)).toEqual({
      serviceId: 'respite-care',
      committedCents: 11_600,
      spentCents: 5_800,
    });
  });

  it('adds up exactly whatever the plans: municipalities to the whole, months and kinds to their totals', () => {
    const service = fc.record({
      serviceId: fc.constantFrom('day-centre', 'psychologist', 'support-person'),
      quantityPerMonth: fc.integer({ min: 1, max: 40 }),
      months: fc.integer({ min: 1, max: 12 }),
      unitPriceCents: fc.integer({ min: 1, max: 50_000 }),
    });
    const onePlan = fc.record({
      municipality: fc.constantFrom('LV-016', 'LV-JEL', 'LV-LPX'),
      services: fc.array(service, { minLength: 1, maxLength: 4 }),
      agreed: fc.boolean(),
      startMonth: fc.integer({ min: 1, max: 12 }),
      spent: fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 100_000 })), {
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(fc.array(onePlan, { maxLength: 12 }), (drawn) => {
        const plans = drawn.map((drawnPlan, index) => {
          const start = `2019-${String(drawnPlan.startMonth).padStart(2, '0')}-01`;
          const services = drawnPlan.services.map((s) =>
            planned(s.serviceId, 'p', s.quantityPerMonth, s.months, s.unitPriceCents),
          );
          const months = [...new Set(drawnPlan.spent.map(([month]) => month))];
          return plan(
            `KDMA-${2000 + index}`,
            drawnPlan.municipality,
            [version(services, { startDate: start, agreed: drawnPlan.agreed })],
            {
              deliveries: months.map((month) =>
                delivered(`2020-${String(month + 1).padStart(2, '0')}`, [
                  line(
                    services[0]?.serviceId ?? 'day-centre',
                    'p',
                    1,
                    drawnPlan.spent.find(([m]) => m === month)?.[1] ?? 0,
                  ),
                ]),
              ),
            },
          );
        });
        const figures = serviceYearFigures(plans, testYear.catalogue, MUNICIPALITIES);
        const agreedTotal = plans
          .filter((p) => p.versions[0]?.agreement)
          .reduce((sum, p) => sum + (p.versions[0]?.totalCents ?? 0), 0);
        const spentTotal = plans
          .flatMap((p) => p.deliveries.flatMap((d) => d.lines))
          .reduce((sum, l) => sum + l.amountCents, 0);
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        expect(figures.overall.committedCents).toBe(agreedTotal);
        expect(figures.overall.spentCents).toBe(spentTotal);
        expect(sum(figures.municipalities.map((m) => m.committedCents))).toBe(agreedTotal);
        expect(sum(figures.municipalities.map((m) => m.spentCents))).toBe(spentTotal);
        for (const area of [...figures.municipalities, figures.overall]) {
          expect(sum(area.byMonth.map((m) => m.committedCents))).toBe(area.committedCents);
          expect(sum(area.byMonth.map((m) => m.spentCents))).toBe(area.spentCents);
          expect(sum(area.byService.map((s) => s.committedCents))).toBe(area.committedCents);
          expect(sum(area.byService.map((s) => s.spentCents))).toBe(area.spentCents);
          expect(Number.isInteger(area.committedCents) && Number.isInteger(area.spentCents)).toBe(true);
        }
      }),
    );
  });
});

describe('the evaluation report', () => {
  /** Four Bauska people: two still running, one completed, one who left early; and one Jelgava person. */
  function evaluatedPlans(): SupportPlan[] {
    const dayCentre = (days: number) => version([planned('day-centre', 'bauska-centrs', days, 12, 1_400)]);
    return [
      plan('KDMA-4729', 'LV-016', [dayCentre(8)], {
        deliveries: [delivered('2019-09', [line('day-centre', 'bauska-centrs', 8, 11_200)])],
      }),
      plan('ABCD-2345', 'LV-016', [dayCentre(4)], {
        deliveries: [
          delivered('2019-09', [
            line('day-centre', 'bauska-centrs', 4, 5_600),
            line('psychologist', 'bauska-prakse', 1, 3_500),
          ]),
        ],
      }),
      plan('EFGH-6789', 'LV-016', [dayCentre(2)], { end: 'completed' }),
      plan('MNPR-2233', 'LV-016', [dayCentre(1)], {
        end: 'left-early',
        deliveries: [delivered('2019-09', [line('day-centre', 'bauska-centrs', 1, 1_401)])],
      }),
      // Drawn up but never agreed: the person's year has not begun.
      plan('STUV-4455', 'LV-016', [version([planned('day-centre', 'bauska-centrs', 9, 12, 1_400)], { agreed: false })]),
      plan('ZZZZ-2222', 'LV-JEL', [version([planned('day-centre', 'jelgava-centrs', 4, 12, 1_300)])]),
    ];
  }

  it('counts how the years ended, what a person’s plan and services cost, and which services were used', () => {
    const report = evaluationReport(evaluatedPlans(), testYear.catalogue, CODES);
    const bauska = report.municipalities[0];
    expect(bauska?.people).toBe(4);
    expect(bauska?.figures?.completion).toEqual({ completed: 1, leftEarly: 1, ongoing: 2 });
    // Planned: 8, 4, 2 and 1 days a month for 12 months at 14.00.
    expect(bauska?.figures?.plannedPerPerson).toEqual({
      meanCents: ((8 + 4 + 2 + 1) * 12 * 1_400) / 4,
      medianCents: ((4 + 2) * 12 * 1_400) / 2,
    });
    // Spent: 112.00, 91.00, 0 and 14.01; the mean 54.2525 and the median 52.505 come to whole cents.
    expect(bauska?.figures?.spentPerPerson).toEqual({ meanCents: 5_425, medianCents: 5_251 });
    expect(bauska?.figures?.services).toEqual([
      { serviceId: 'day-centre', people: 3, units: 13, spentCents: 11_200 + 5_600 + 1_401 },
      { serviceId: 'psychologist', people: 1, units: 1, spentCents: 3_500 },
      { serviceId: 'support-person', people: 0, units: 0, spentCents: 0 },
    ]);
    expect(report.overall.people).toBe(5);
  });

  it(`withholds the figures of a group smaller than ${SMALLEST_GROUP}, so they cannot be read back to a person`, () => {
    const report = evaluationReport(evaluatedPlans(), testYear.catalogue, CODES);
    expect(report.municipalities[1]).toEqual({ code: 'LV-JEL', people: 1 });
    expect(report.municipalities[2]).toEqual({ code: 'LV-LPX', people: 0 });
    expect(report.overall.figures).toBeDefined();
    const twoPeople = evaluatedPlans().slice(0, 2);
    expect(evaluationReport(twoPeople, testYear.catalogue, CODES).overall).toEqual({ people: 2 });
  });

  it('holds nothing that names or points to a person: no reference, goal, reason or provider', () => {
    const plans = evaluatedPlans();
    const json = JSON.stringify(evaluationReport(plans, testYear.catalogue, CODES));
    for (const own of plans) {
      expect(json).not.toContain(own.reference);
      for (const goal of own.versions.flatMap((v) => v.goals)) expect(json).not.toContain(goal);
      if (own.end?.kind === 'left-early') expect(json).not.toContain(own.end.reason);
    }
    expect(json).not.toMatch(/Anna|bauska-centrs|Bauskas sociālais|sub-bauska/);
  });

  it('takes the mean and median of whole cents, halves rounded up', () => {
    expect(spreadOf([])).toEqual({ meanCents: 0, medianCents: 0 });
    expect(spreadOf([5])).toEqual({ meanCents: 5, medianCents: 5 });
    expect(spreadOf([1, 2])).toEqual({ meanCents: 2, medianCents: 2 });
    expect(spreadOf([300, 100, 200])).toEqual({ meanCents: 200, medianCents: 200 });
    expect(spreadOf([1, 1, 10])).toEqual({ meanCents: 4, medianCents: 1 });
  });
});
