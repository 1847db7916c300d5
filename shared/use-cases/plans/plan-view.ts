import { budgetStanding, WARNING_SHARE } from '../../domain/individual-budget.ts';
import { currentVersion, planMonths } from '../../domain/support-plan-rules.ts';
import type { Application } from '../../schemas/application.ts';
import type { BudgetStandingView, PlanResponse } from '../../schemas/plans-api.ts';
import type { ServiceYear, ServiceYearRules } from '../../schemas/service-year.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';

/**
 * A participant's year as the plan page shows it: the plan with every version, where its money stands, and the
 * round's year of services with only the providers of the participant's municipality, which the plan chooses from.
 */
export function planView(
  application: Application,
  serviceYear: ServiceYear | undefined,
  plan: SupportPlan | undefined,
): PlanResponse {
  const municipalityCode = application.person.municipalityCode;
  return {
    reference: application.reference,
    roundId: application.roundId,
    municipalityCode,
    person: { firstName: application.person.firstName, lastName: application.person.lastName },
    ...(serviceYear && { serviceYear: yearFor(serviceYear, municipalityCode) }),
    ...(plan && { plan }),
    ...(plan && serviceYear && { standing: standingOf(plan, serviceYear.months) }),
  };
}

function yearFor(serviceYear: ServiceYear, municipalityCode: string): ServiceYearRules {
  const { budget, months, catalogue, providers, offerPlaceOnEarlyEnd } = serviceYear;
  return {
    budget,
    months,
    catalogue,
    providers: providers.filter((provider) => provider.municipalityCode === municipalityCode),
    offerPlaceOnEarlyEnd,
  };
}

/** The current version against the months recorded, with the warning once 80 % of it is spent. */
function standingOf(plan: SupportPlan, months: number): BudgetStandingView {
  const version = currentVersion(plan);
  const standing = budgetStanding(version, plan.deliveries);
  return { ...standing, warn: standing.spentShare >= WARNING_SHARE, months: planMonths(version, months) };
}
