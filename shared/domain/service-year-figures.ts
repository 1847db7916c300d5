import type { CatalogueService } from '../schemas/service-year.ts';
import type { PlanVersion, SupportPlan } from '../schemas/support-plan.ts';
import { serviceCost } from './individual-budget.ts';
import { planMonths } from './support-plan-rules.ts';

/**
 * The ministry's figures of a round's year of services, from the participants' plans: what the agreed plans
 * commit and what was delivered, per municipality and overall, by month and by kind of service, and an
 * evaluation of anonymised aggregates. Integer euro cents throughout, so every total is the exact sum of its
 * parts.
 */

/** The version in force: the latest one the person agreed to. A revision waiting for agreement commits nothing yet. */
export function agreedVersion(plan: SupportPlan): PlanVersion | undefined {
  return plan.versions.findLast((version) => version.agreement !== undefined);
}

export interface Money {
  committedCents: number;
  spentCents: number;
}

/** One municipality's figures, or all of them together. */
export interface AreaFigures extends Money {
  /** People holding a place: selected in the published selection and not withdrawn. */
  participants: number;
  /** Plans drawn up, agreed or not. */
  plans: number;
  /** Plans with a version in force. */
  plansAgreed: number;
  /** Every month of `ServiceYearFigures.months`, in order, zeros included. */
  byMonth: (Money & { month: string })[];
  /** Every kind of `ServiceYearFigures.serviceIds`, in order, zeros included. */
  byService: (Money & { serviceId: string })[];
}

export interface ServiceYearFigures {
  /** Each month any agreed plan runs in or any delivery was recorded for, `YYYY-MM`, in order. */
  months: string[];
  /** The catalogue's services in its order, then any service the plans name that the catalogue no longer has. */
  serviceIds: string[];
  municipalities: (AreaFigures & { code: string })[];
  overall: AreaFigures;
}

/** Money of one plan by month and by kind of service. */
interface PlanMoney {
  byMonth: Map<string, Money>;
  byService: Map<string, Money>;
}

const NO_MONEY: Money = { committedCents: 0, spentCents: 0 };

function add(into: Map<string, Money>, key: string, money: Partial<Money>): void {
  const before = into.get(key) ?? NO_MONEY;
  into.set(key, {
    committedCents: before.committedCents + (money.committedCents ?? 0),
    spentCents: before.spentCents + (money.spentCents ?? 0),
  });
}

/**
 * Committed: each service of the version in force, month by month over its own months from the start date, so the
 * months add up to the version's total exactly. Spent: the months recorded (a replaced record no longer counts).
 */
function moneyOf(plan: SupportPlan): PlanMoney {
  const byMonth = new Map<string, Money>();
  const byService = new Map<string, Money>();
  const version = agreedVersion(plan);
  for (const service of version?.services ?? []) {
    const monthly = service.quantityPerMonth * service.unitPriceCents;
    for (const month of planMonths(version as PlanVersion, service.months)) {
      add(byMonth, month, { committedCents: monthly });
    }
    add(byService, service.serviceId, { committedCents: serviceCost(service) });
  }
  for (const delivery of plan.deliveries) {
    for (const line of delivery.lines) {
      add(byMonth, delivery.month, { spentCents: line.amountCents });
      add(byService, line.serviceId, { spentCents: line.amountCents });
    }
  }
  return { byMonth, byService };
}

function sumOf(moneys: Iterable<Money>): Money {
  let committedCents = 0;
  let spentCents = 0;
  for (const money of moneys) {
    committedCents += money.committedCents;
    spentCents += money.spentCents;
  }
  return { committedCents, spentCents };
}

/** The catalogue's ids in order, then the ids the plans name that it no longer has (sorted), so none is lost. */
export function serviceIdsOf(catalogue: readonly Pick<CatalogueService, 'id'>[], plans: readonly SupportPlan[]) {
  const listed = catalogue.map((service) => service.id);
  const named = plans.flatMap((plan) => [
    ...plan.versions.flatMap((version) => version.services.map((service) => service.serviceId)),
    ...plan.deliveries.flatMap((delivery) => delivery.lines.map((line) => line.serviceId)),
  ]);
  return [...listed, ...[...new Set(named)].filter((id) => !listed.includes(id)).sort()];
}

function areaFigures(
  plans: readonly SupportPlan[],
  moneys: ReadonlyMap<SupportPlan, PlanMoney>,
  participants: number,
  axes: { months: readonly string[]; serviceIds: readonly string[] },
): AreaFigures {
  const own = plans.map((plan) => moneys.get(plan) as PlanMoney);
  const at = (pick: (money: PlanMoney) => Map<string, Money>, key: string) =>
    sumOf(own.map((money) => pick(money).get(key) ?? NO_MONEY));
  const byMonth = axes.months.map((month) => ({ month, ...at((money) => money.byMonth, month) }));
  return {
    participants,
    plans: plans.length,
    plansAgreed: plans.filter((plan) => agreedVersion(plan)).length,
    ...sumOf(byMonth),
    byMonth,
    byService: axes.serviceIds.map((serviceId) => ({ serviceId, ...at((money) => money.byService, serviceId) })),
  };
}

/**
 * The figures of every municipality of the round, each with every month and every kind of service (a
 * municipality without plans shows zeros, not a gap), and of all of them together.
 */
export function serviceYearFigures(
  plans: readonly SupportPlan[],
  catalogue: readonly Pick<CatalogueService, 'id'>[],
  municipalities: readonly { code: string; participants: number }[],
): ServiceYearFigures {
  const moneys = new Map(plans.map((plan) => [plan, moneyOf(plan)]));
  const months = [...new Set([...moneys.values()].flatMap((money) => [...money.byMonth.keys()]))].sort();
  const axes = { months, serviceIds: serviceIdsOf(catalogue, plans) };
  const participants = municipalities.reduce((sum, municipality) => sum + municipality.participants, 0);
  return {
    ...axes,
    municipalities: municipalities.map(({ code, participants: own }) => ({
      code,
      ...areaFigures(
        plans.filter((plan) => plan.municipalityCode === code),
        moneys,
        own,
        axes,
      ),
    })),
    overall: areaFigures(plans, moneys, participants, axes),
  };
}

// The evaluation report

/**
 * Groups smaller than this show their count only: with fewer people, an average or a completion count could
 * be read back to one person.
 */
export const SMALLEST_GROUP = 3;

export interface ServiceUse {
  serviceId: string;
  /** People who received the service at least once. */
  people: number;
  /** Hours, days, visits or months delivered, in the service's own unit. */
  units: number;
  spentCents: number;
}

export interface CentsSpread {
  meanCents: number;
  medianCents: number;
}

export interface EvaluationFigures {
  completion: { completed: number; leftEarly: number; ongoing: number };
  /** What the version in force plans for each person over the year. */
  plannedPerPerson: CentsSpread;
  /** What was delivered to each person so far. */
  spentPerPerson: CentsSpread;
  services: ServiceUse[];
}

export interface EvaluationGroup {
  /** People whose plan was agreed: their year of services has begun. */
  people: number;
  /** Absent when the group has fewer than `SMALLEST_GROUP` people. */
  figures?: EvaluationFigures;
}

/** Counts and sums only: no reference, no goal, no reason, nothing written about a person. */
export interface EvaluationReport {
  serviceIds: string[];
  smallestGroup: number;
  overall: EvaluationGroup;
  municipalities: (EvaluationGroup & { code: string })[];
}

/** Whole cents, halves away from zero: a mean or a median of an even count may fall between two cents. */
const wholeCents = (cents: number) => Math.round(cents);

export function spreadOf(values: readonly number[]): CentsSpread {
  if (values.length === 0) return { meanCents: 0, medianCents: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    meanCents: wholeCents(values.reduce((sum, value) => sum + value, 0) / values.length),
    medianCents: wholeCents(median),
  };
}

function evaluationGroup(plans: readonly SupportPlan[], serviceIds: readonly string[]): EvaluationGroup {
  const started = plans.filter((plan) => agreedVersion(plan));
  if (started.length < SMALLEST_GROUP) return { people: started.length };
  const lines = (plan: SupportPlan) => plan.deliveries.flatMap((delivery) => delivery.lines);
  const spentOn = (plan: SupportPlan) => lines(plan).reduce((sum, line) => sum + line.amountCents, 0);
  return {
    people: started.length,
    figures: {
      completion: {
        completed: started.filter((plan) => plan.end?.kind === 'completed').length,
        leftEarly: started.filter((plan) => plan.end?.kind === 'left-early').length,
        ongoing: started.filter((plan) => !plan.end).length,
      },
      plannedPerPerson: spreadOf(started.map((plan) => (agreedVersion(plan) as PlanVersion).totalCents)),
      spentPerPerson: spreadOf(started.map(spentOn)),
      services: serviceIds.map((serviceId) => {
        const used = started.map((plan) => lines(plan).filter((line) => line.serviceId === serviceId));
        return {
          serviceId,
          people: used.filter((own) => own.some((line) => line.quantity > 0 || line.amountCents > 0)).length,
          units: used.flat().reduce((sum, line) => sum + line.quantity, 0),
          spentCents: used.flat().reduce((sum, line) => sum + line.amountCents, 0),
        };
      }),
    },
  };
}

/**
 * The evaluation of the year in anonymised aggregates, overall and per municipality: how many people, how their
 * years ended, what a person's plan and services cost (mean and median), and which services were used how much.
 * It is built from counts and sums alone, so nothing in it names or points to a person.
 */
export function evaluationReport(
  plans: readonly SupportPlan[],
  catalogue: readonly Pick<CatalogueService, 'id'>[],
  municipalityCodes: readonly string[],
): EvaluationReport {
  const serviceIds = serviceIdsOf(catalogue, plans);
  return {
    serviceIds,
    smallestGroup: SMALLEST_GROUP,
    overall: evaluationGroup(plans, serviceIds),
    municipalities: municipalityCodes.map((code) => ({
      code,
      ...evaluationGroup(
        plans.filter((plan) => plan.municipalityCode === code),
        serviceIds,
      ),
    })),
  };
}
