import type { IndividualBudget, NeedLevel } from '../schemas/service-year.ts';
import type { DeliveryLine, MonthDelivery, PlannedService, PlanVersion } from '../schemas/support-plan.ts';

/**
 * The arithmetic of the individual budget, in integer euro cents: what a plan costs, what a participant may
 * spend, and what is left of each service and of the whole plan as months are delivered. No rounding anywhere.
 */

/** A participant's budget: the amount of their assessed need level where the round sets one, else the round's. */
export function budgetFor(budget: IndividualBudget, needLevel?: NeedLevel): number {
  return (needLevel && budget.byNeedLevel?.[needLevel]) || budget.amountCents;
}

/** What one line of a plan costs over all its months. */
export function serviceCost(service: PlannedService): number {
  return service.quantityPerMonth * service.months * service.unitPriceCents;
}

export function planCost(services: readonly PlannedService[]): number {
  return services.reduce((sum, service) => sum + serviceCost(service), 0);
}

/** A service of a plan is known by what it is and who provides it: the same service may come from two providers. */
export const lineKey = (line: { serviceId: string; providerId: string }) => `${line.serviceId}@${line.providerId}`;

/** Where the money of a plan stands: per service line and in total, planned, spent and left. */
export interface BudgetStanding {
  lines: { serviceId: string; providerId: string; plannedCents: number; spentCents: number; leftCents: number }[];
  plannedCents: number;
  spentCents: number;
  leftCents: number;
  /** Spent as a share of planned, 0 to 1 and beyond: 0.8 is where the social worker is warned. */
  spentShare: number;
}

/** The share of a plan spent at which the social worker is warned that the money is running out. */
export const WARNING_SHARE = 0.8;

/**
 * The standing of a plan version against the months recorded. A delivery of a service the version does not
 * plan counts with nothing planned, so it shows as overspent rather than vanishing.
 */
export function budgetStanding(version: Pick<PlanVersion, 'services'>, deliveries: readonly MonthDelivery[]) {
  const spent = new Map<string, number>();
  for (const line of deliveries.flatMap((delivery) => delivery.lines)) {
    spent.set(lineKey(line), (spent.get(lineKey(line)) ?? 0) + line.amountCents);
  }
  const planned = new Map<string, { serviceId: string; providerId: string; plannedCents: number }>();
  for (const service of version.services) {
    const key = lineKey(service);
    const before = planned.get(key)?.plannedCents ?? 0;
    planned.set(key, {
      serviceId: service.serviceId,
      providerId: service.providerId,
      plannedCents: before + serviceCost(service),
    });
  }
  for (const line of deliveries.flatMap((delivery) => delivery.lines)) {
    if (!planned.has(lineKey(line))) {
      planned.set(lineKey(line), { serviceId: line.serviceId, providerId: line.providerId, plannedCents: 0 });
    }
  }
  const lines = [...planned.entries()].map(([key, line]) => {
    const spentCents = spent.get(key) ?? 0;
    return { ...line, spentCents, leftCents: line.plannedCents - spentCents };
  });
  const plannedCents = lines.reduce((sum, line) => sum + line.plannedCents, 0);
  const spentCents = lines.reduce((sum, line) => sum + line.spentCents, 0);
  return {
    lines,
    plannedCents,
    spentCents,
    leftCents: plannedCents - spentCents,
    spentShare: plannedCents === 0 ? (spentCents === 0 ? 0 : Number.POSITIVE_INFINITY) : spentCents / plannedCents,
  } satisfies BudgetStanding;
}

/** A month's record in place of any earlier record of the same month. */
export function withMonth(deliveries: readonly MonthDelivery[], month: MonthDelivery): MonthDelivery[] {
  return [...deliveries.filter((delivery) => delivery.month !== month.month), month].sort((a, b) =>
    a.month.localeCompare(b.month),
  );
}

/**
 * What recording a month would do: the months as they would then be, the plan's standing, the lines that would
 * take their service past what the plan gives it (with by how much), and whether the warning share is reached.
 */
export function monthOutcome(
  version: Pick<PlanVersion, 'services'>,
  recorded: readonly MonthDelivery[],
  month: MonthDelivery,
) {
  const deliveries = withMonth(recorded, month);
  const standing = budgetStanding(version, deliveries);
  const overBy = new Map(standing.lines.map((line) => [lineKey(line), -line.leftCents]));
  const overspent = month.lines.flatMap((line: DeliveryLine, index) => {
    const overByCents = overBy.get(lineKey(line)) ?? 0;
    return overByCents > 0 ? [{ index, overByCents }] : [];
  });
  return { deliveries, standing, overspent, warn: standing.spentShare >= WARNING_SHARE };
}
