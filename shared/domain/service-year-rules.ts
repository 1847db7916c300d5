import type { NeedLevel, ServiceYearRules } from '../schemas/service-year.ts';
import type { SupportPlan } from '../schemas/support-plan.ts';
import type { Violation } from './errors.ts';
import { currentVersion } from './support-plan-rules.ts';

/** What of the year the participants' plans rely on: their services and providers, by id. */
export interface InUse {
  serviceIds: ReadonlySet<string>;
  providerIds: ReadonlySet<string>;
}

/**
 * The services and providers the current version of each plan still running names. A plan keeps ids and its own
 * copy of the prices, so prices and names may change under it, but the ids must stay for the plan pages and the
 * months recorded against it to name them. Ended plans and earlier versions are history: their ids may go.
 */
export function inUseBy(plans: readonly SupportPlan[]): InUse {
  const running = plans.filter((plan) => !plan.end).flatMap((plan) => currentVersion(plan).services);
  return {
    serviceIds: new Set(running.map((service) => service.serviceId)),
    providerIds: new Set(running.map((service) => service.providerId)),
  };
}

/** The need levels from least to most need: a budget never falls along this order. */
const NEED_ORDER: readonly NeedLevel[] = ['low', 'medium', 'high'];

/**
 * The rules of a round's year of services beyond the shape the schema checks: ids unique in each list, each
 * provider in one of the round's municipalities offering services of the catalogue (each once), budgets by need
 * level that do not fall as the need grows, and nothing a running plan uses taken away. Each problem names the
 * field at fault, so the editor shows it next to the box; a removed entry has no box, so its list is named.
 */
export function checkServiceYearRules(
  rules: ServiceYearRules,
  round: { municipalityCodes: readonly string[]; inUse: InUse },
): Violation[] {
  const problems: Violation[] = [];
  const catalogue = new Set(rules.catalogue.map((service) => service.id));
  const providers = new Set(rules.providers.map((provider) => provider.id));

  for (const index of repeatedAt(rules.catalogue.map((service) => service.id))) {
    problems.push({ code: 'SERVICE_DUPLICATE', field: `catalogue.${index}.id` });
  }
  for (const index of repeatedAt(rules.providers.map((provider) => provider.id))) {
    problems.push({ code: 'PROVIDER_DUPLICATE', field: `providers.${index}.id` });
  }
  for (const [index, provider] of rules.providers.entries()) {
    const field = `providers.${index}`;
    if (!round.municipalityCodes.includes(provider.municipalityCode)) {
      problems.push({ code: 'PROVIDER_MUNICIPALITY_NOT_IN_ROUND', field: `${field}.municipalityCode` });
    }
    const repeated = repeatedAt(provider.services.map((service) => service.serviceId));
    for (const [at, service] of provider.services.entries()) {
      const serviceField = `${field}.services.${at}.serviceId`;
      if (!catalogue.has(service.serviceId)) problems.push({ code: 'PROVIDER_SERVICE_UNKNOWN', field: serviceField });
      else if (repeated.includes(at)) problems.push({ code: 'PROVIDER_SERVICE_DUPLICATE', field: serviceField });
    }
  }
  const levels = NEED_ORDER.flatMap((level) => {
    const cents = rules.budget.byNeedLevel?.[level];
    return cents === undefined ? [] : [{ level, cents }];
  });
  for (const [index, { level, cents }] of levels.entries()) {
    const previous = levels[index - 1];
    if (previous && cents < previous.cents) {
      problems.push({ code: 'NEED_LEVELS_OUT_OF_ORDER', field: `budget.byNeedLevel.${level}` });
    }
  }
  if ([...round.inUse.serviceIds].some((id) => !catalogue.has(id))) {
    problems.push({ code: 'SERVICE_IN_USE', field: 'catalogue' });
  }
  if ([...round.inUse.providerIds].some((id) => !providers.has(id))) {
    problems.push({ code: 'PROVIDER_IN_USE', field: 'providers' });
  }
  return problems;
}

/** The places of the entries that repeat an earlier one: the first of each id stands, the later ones are at fault. */
function repeatedAt(ids: readonly string[]): number[] {
  return ids.flatMap((id, index) => (ids.indexOf(id) < index ? [index] : []));
}
