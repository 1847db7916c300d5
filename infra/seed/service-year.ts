import type { LocalizedText } from '../../shared/schemas/common.ts';
import type { CatalogueService, Provider, ServiceYearRules } from '../../shared/schemas/service-year.ts';

const text = (lv: string, en: string): LocalizedText => ({ lv, en });

/**
 * The community-based services the regional projects name (see the call and the deinstitutionalisation plans),
 * with the unit each is counted in and a default price. The prices are placeholders of the right order for 2019,
 * not any municipality's tariff: administrators enter the round's own.
 */
export const DEMO_CATALOGUE: readonly CatalogueService[] = [
  { id: 'day-centre', name: text('Dienas aprūpes centrs', 'Day care centre'), unit: 'day', unitPriceCents: 1_500 },
  { id: 'support-person', name: text('Atbalsta persona', 'Support person'), unit: 'hour', unitPriceCents: 700 },
  {
    id: 'supported-employment',
    name: text('Atbalstītā nodarbinātība', 'Supported employment'),
    unit: 'hour',
    unitPriceCents: 900,
  },
  {
    id: 'specialised-workshop',
    name: text('Specializētā darbnīca', 'Specialised workshop'),
    unit: 'day',
    unitPriceCents: 1_200,
  },
  {
    id: 'group-home',
    name: text('Grupu māja (dzīvoklis)', 'Group home (apartment)'),
    unit: 'month',
    unitPriceCents: 45_000,
  },
  { id: 'respite-care', name: text('Atelpas brīža pakalpojums', 'Respite care'), unit: 'day', unitPriceCents: 3_000 },
  { id: 'home-care', name: text('Aprūpe mājās', 'Home care'), unit: 'hour', unitPriceCents: 600 },
  { id: 'psychologist', name: text('Psihologa konsultācija', 'Psychologist'), unit: 'visit', unitPriceCents: 3_500 },
  { id: 'transport', name: text('Transporta pakalpojums', 'Transport'), unit: 'visit', unitPriceCents: 1_000 },
];

/**
 * Two providers in each municipality of the pilot: a day centre that also sends support persons and offers a
 * workshop, and a practice of psychologists that also drives people. Names, register numbers and contacts are
 * made up, of the right shape: each kind's id and e-mail end in its `kind`, its register number follows the one
 * before it.
 */
const DEMO_PROVIDER_KINDS: readonly {
  kind: string;
  name(town: string): string;
  /** The provider's own price of each service it offers, in cents. */
  prices: Record<string, number>;
  phone: string;
  address?(town: string): string;
}[] = [
  {
    kind: 'centrs',
    name: (town) => `Biedrība "${town} kopienas centrs"`,
    prices: { 'day-centre': 1_400, 'support-person': 700, 'specialised-workshop': 1_150, 'respite-care': 2_900 },
    phone: '+371 60000010',
    address: (town) => `Skolas iela 2, ${town}`,
  },
  {
    kind: 'prakse',
    name: (town) => `SIA "${town} psihologu prakse"`,
    prices: { psychologist: 3_500, transport: 900, 'supported-employment': 900, 'home-care': 600 },
    phone: '+371 60000020',
  },
];

/** The demo providers of `municipalities`, one of each kind in each. */
export function demoProviders(municipalities: readonly { code: string; town: string }[]): Provider[] {
  return municipalities.flatMap(({ code, town }, index) => {
    const slug = code.toLowerCase();
    return DEMO_PROVIDER_KINDS.map((provider, nth) => ({
      id: `${slug}-${provider.kind}`,
      municipalityCode: code,
      name: provider.name(town),
      registrationNumber: `SP-${String(100 + index * DEMO_PROVIDER_KINDS.length + nth).padStart(4, '0')}`,
      services: Object.entries(provider.prices).map(([serviceId, unitPriceCents]) => ({ serviceId, unitPriceCents })),
      phone: provider.phone,
      email: `${provider.kind}@${slug}.example.lv`,
      ...(provider.address && { address: provider.address(town) }),
    }));
  });
}

/**
 * The demo round's year of services: 12 months; 4,800.00 EUR a participant (400 a month), more or less by
 * assessed need; a participant who leaves early frees the place for the waiting list.
 */
export function demoServiceYear(municipalities: readonly { code: string; town: string }[]): ServiceYearRules {
  return {
    budget: { amountCents: 480_000, byNeedLevel: { low: 360_000, medium: 480_000, high: 720_000 } },
    months: 12,
    catalogue: [...DEMO_CATALOGUE],
    providers: demoProviders(municipalities),
    offerPlaceOnEarlyEnd: true,
  };
}
