import type { ServiceYearRules } from '../schemas/service-year.ts';
import type { StaffRef } from '../schemas/staff-ref.ts';
import type {
  MonthDeliveryRequest,
  PlannedService,
  PlanVersion,
  PlanVersionRequest,
  SupportPlan,
} from '../schemas/support-plan.ts';
import type { Violation } from './errors.ts';
import { budgetFor, monthOutcome, planCost } from './individual-budget.ts';
import { addMonths, calendarMonth } from './riga-time.ts';

/** The value, or the rules it breaks: a problem past a budget says by how much (`overByCents`). */
type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Violation[] };

interface PlanContext {
  serviceYear: ServiceYearRules;
  municipalityCode: string;
  at: string;
  by: StaffRef;
}

/**
 * A new version of a participant's plan, or why it cannot be: each service must be in the catalogue, from a
 * provider of the participant's municipality that offers it, within the year's months; the total never above the
 * participant's budget; a revision says why. Prices are the provider's at the time of the version.
 */
export function newPlanVersion(
  request: PlanVersionRequest,
  previous: SupportPlan | undefined,
  { serviceYear, municipalityCode, at, by }: PlanContext,
): Outcome<PlanVersion> {
  if (previous?.end) return { ok: false, problems: [{ code: 'PLAN_ENDED' }] };
  const problems: Violation[] = [];
  const services: PlannedService[] = [];
  for (const [index, asked] of request.services.entries()) {
    const field = `services.${index}`;
    const offer = serviceYear.providers
      .find((provider) => provider.id === asked.providerId && provider.municipalityCode === municipalityCode)
      ?.services.find((service) => service.serviceId === asked.serviceId);
    if (!serviceYear.catalogue.some((service) => service.id === asked.serviceId)) {
      problems.push({ code: 'PLAN_SERVICE_UNKNOWN', field: `${field}.serviceId` });
    } else if (!offer) problems.push({ code: 'PLAN_PROVIDER_UNKNOWN', field: `${field}.providerId` });
    else if (asked.months > serviceYear.months)
      problems.push({ code: 'PLAN_MONTHS_TOO_MANY', field: `${field}.months` });
    else services.push({ ...asked, unitPriceCents: offer.unitPriceCents });
  }
  if (previous && !request.reason) problems.push({ code: 'PLAN_REASON_REQUIRED', field: 'reason' });
  if (problems.length > 0) return { ok: false, problems };

  const budgetCents = budgetFor(serviceYear.budget, request.needLevel);
  const totalCents = planCost(services);
  if (totalCents > budgetCents) {
    return {
      ok: false,
      problems: [{ code: 'PLAN_OVER_BUDGET', field: 'services', overByCents: totalCents - budgetCents }],
    };
  }
  const version = (previous?.versions.length ?? 0) + 1;
  return { ok: true, value: { ...request, services, version, totalCents, budgetCents, at, by } };
}

/** The months of a plan version, `YYYY-MM`, from the month of its start date on. */
export function planMonths(version: Pick<PlanVersion, 'startDate'>, months: number): string[] {
  return Array.from({ length: months }, (_, index) => calendarMonth(addMonths(version.startDate, index)));
}

/** The plan's latest version: the one delivery is recorded against. */
export const currentVersion = (plan: SupportPlan): PlanVersion => plan.versions.at(-1) as PlanVersion;

/**
 * A month of delivery recorded against the current, agreed version, or why it cannot be: the month must be one
 * of the plan's, each line a service of the plan, and no service may go past what the plan gives it — the plan
 * is revised first. Recording a month again replaces it.
 */
export function recordMonth(
  plan: SupportPlan,
  request: MonthDeliveryRequest,
  { serviceYear, at, by }: Omit<PlanContext, 'municipalityCode'>,
): Outcome<ReturnType<typeof monthOutcome>> {
  if (plan.end) return { ok: false, problems: [{ code: 'PLAN_ENDED' }] };
  const version = currentVersion(plan);
  if (!version.agreement) return { ok: false, problems: [{ code: 'PLAN_NOT_AGREED' }] };
  if (!planMonths(version, serviceYear.months).includes(request.month)) {
    return { ok: false, problems: [{ code: 'DELIVERY_MONTH_OUTSIDE_PLAN', field: 'month' }] };
  }
  const notPlanned = request.lines.flatMap((line, index): Violation[] =>
    version.services.some((service) => service.serviceId === line.serviceId && service.providerId === line.providerId)
      ? []
      : [{ code: 'DELIVERY_NOT_IN_PLAN', field: `lines.${index}` }],
  );
  if (notPlanned.length > 0) return { ok: false, problems: notPlanned };

  const outcome = monthOutcome(version, plan.deliveries, { ...request, at, by });
  if (outcome.overspent.length > 0) {
    return {
      ok: false,
      problems: outcome.overspent.map(
        ({ index, overByCents }): Violation => ({
          code: 'DELIVERY_OVER_PLAN',
          field: `lines.${index}.amountCents`,
          overByCents,
        }),
      ),
    };
  }
  return { ok: true, value: outcome };
}
