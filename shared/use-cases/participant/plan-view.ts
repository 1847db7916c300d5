import { budgetStanding, serviceCost } from '../../domain/individual-budget.ts';
import { currentVersion, planMonths } from '../../domain/support-plan-rules.ts';
import type { ParticipantPlanResponse } from '../../schemas/participant-api.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';
import type { PlanAgreement, SupportPlan } from '../../schemas/support-plan.ts';

type Line = { serviceId: string; providerId: string };

/**
 * The plan as its participant reads it: the latest version with each service named and its provider's contacts,
 * the months delivered and what is left. Nothing of who on the staff made or recorded what, no reviews, and not
 * why a plan ended early: those are the social service's notes.
 */
export function participantPlanView(plan: SupportPlan, year: ServiceYear): ParticipantPlanResponse {
  const version = currentVersion(plan);
  const named = (line: Line) => {
    const service = year.catalogue.find((candidate) => candidate.id === line.serviceId);
    const provider = year.providers.find((candidate) => candidate.id === line.providerId);
    // The year's rules keep every service and provider a plan names, so a missing one is broken data.
    if (!service || !provider) throw new Error(`A plan of round ${plan.roundId} names a service the year lacks`);
    return { serviceId: line.serviceId, providerId: line.providerId, name: service.name, unit: service.unit, provider };
  };
  const nameOf = (line: Line) => {
    const { provider, ...service } = named(line);
    return { ...service, providerName: provider.name };
  };
  const standing = budgetStanding(version, plan.deliveries);
  return {
    reference: plan.reference,
    roundId: plan.roundId,
    municipalityCode: plan.municipalityCode,
    version: version.version,
    madeAt: version.at,
    goals: version.goals,
    ...(version.personView && { personView: version.personView }),
    startDate: version.startDate,
    lastMonth: planMonths(version, year.months).at(-1) as string,
    services: version.services.map((service) => {
      const { provider, ...known } = named(service);
      return {
        ...known,
        provider: {
          name: provider.name,
          ...(provider.phone && { phone: provider.phone }),
          ...(provider.email && { email: provider.email }),
          ...(provider.address && { address: provider.address }),
        },
        quantityPerMonth: service.quantityPerMonth,
        months: service.months,
        monthCents: service.quantityPerMonth * service.unitPriceCents,
        totalCents: serviceCost(service),
      };
    }),
    budgetCents: version.budgetCents,
    plannedCents: version.totalCents,
    ...(version.agreement && { agreement: agreementOf(version.agreement) }),
    canAgree: !version.agreement && !plan.end,
    ...(plan.end && { end: { kind: plan.end.kind, on: plan.end.on } }),
    months: plan.deliveries.map((delivery) => ({
      month: delivery.month,
      lines: delivery.lines.map((line) => ({
        ...nameOf(line),
        quantity: line.quantity,
        amountCents: line.amountCents,
      })),
      totalCents: delivery.lines.reduce((sum, line) => sum + line.amountCents, 0),
    })),
    standing: {
      lines: standing.lines.map((line) => ({
        ...nameOf(line),
        plannedCents: line.plannedCents,
        spentCents: line.spentCents,
        leftCents: line.leftCents,
      })),
      plannedCents: standing.plannedCents,
      spentCents: standing.spentCents,
      leftCents: standing.leftCents,
    },
  };
}

/** The day a paper agreement was signed, never who recorded it. */
function agreementOf(agreement: PlanAgreement): NonNullable<ParticipantPlanResponse['agreement']> {
  return agreement.how === 'paper' ? { how: 'paper', signedOn: agreement.signedOn } : agreement;
}
