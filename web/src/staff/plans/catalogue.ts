import type { Language } from '../../api/types.ts';
import type { PlanYear } from './plan-types.ts';

/** What the round's year names its services and providers by, in the page's language. */
export function catalogueWords(year: PlanYear | undefined, language: Language) {
  const service = (serviceId: string) => year?.catalogue.find((candidate) => candidate.id === serviceId);
  const provider = (providerId: string) => year?.providers.find((candidate) => candidate.id === providerId);
  return {
    serviceName: (serviceId: string) => service(serviceId)?.name[language] ?? serviceId,
    providerName: (providerId: string) => provider(providerId)?.name ?? providerId,
    unitOf: (serviceId: string) => service(serviceId)?.unit ?? 'visit',
    /** The providers of the participant's municipality that offer the service, with their price. */
    offersOf: (serviceId: string) =>
      (year?.providers ?? []).flatMap((candidate) => {
        const offer = candidate.services.find((offered) => offered.serviceId === serviceId);
        return offer ? [{ provider: candidate, unitPriceCents: offer.unitPriceCents }] : [];
      }),
    priceOf: (serviceId: string, providerId: string) =>
      provider(providerId)?.services.find((offered) => offered.serviceId === serviceId)?.unitPriceCents,
  };
}

/** `2019-10` as a month people read: `2019. g. oktobris`, `October 2019`. */
export function monthName(month: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'lv' ? 'lv-LV' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}
