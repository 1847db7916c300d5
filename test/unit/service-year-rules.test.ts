import { describe, expect, it } from 'vitest';
import { seedRounds } from '../../infra/seed/rounds.ts';
import { demoServiceYear } from '../../infra/seed/service-year.ts';
import { checkServiceYearRules, inUseBy } from '../../shared/domain/service-year-rules.ts';
import { type ServiceYearRules, ServiceYearRulesSchema } from '../../shared/schemas/service-year.ts';
import { plan, planned, testYear, version } from '../fixtures/service-year-plans.ts';

const ROUND = { municipalityCodes: ['LV-016', 'LV-JEL'], inUse: inUseBy([]) };
const check = (rules: ServiceYearRules, round = ROUND) => checkServiceYearRules(rules, round);
const changed = (change: (rules: ServiceYearRules) => void): ServiceYearRules => {
  const rules = structuredClone(testYear);
  change(rules);
  return rules;
};

describe('the rules of a year of services', () => {
  it('takes a year that keeps them all', () => {
    expect(ServiceYearRulesSchema.safeParse(testYear).success).toBe(true);
    expect(check(testYear)).toEqual([]);
  });

  it('takes the demo year the local system writes for each seeded round', () => {
    for (const round of seedRounds(new Date('2019-08-20T08:00:00.000Z'))) {
      const codes = round.municipalities.map((municipality) => municipality.code);
      const rules = demoServiceYear(codes.map((code) => ({ code, town: code })));
      expect(ServiceYearRulesSchema.parse(rules)).toEqual(rules);
      expect(checkServiceYearRules(rules, { municipalityCodes: codes, inUse: inUseBy([]) })).toEqual([]);
    }
  });

  it('refuses a service id used twice, naming the later one', () => {
    const rules = changed((year) => {
      year.catalogue.push({ ...(year.catalogue[0] as ServiceYearRules['catalogue'][number]), unitPriceCents: 99 });
    });
    expect(check(rules)).toEqual([{ code: 'SERVICE_DUPLICATE', field: 'catalogue.3.id' }]);
  });

  it('refuses a provider id used twice, even in another municipality', () => {
    const rules = changed((year) => {
      (year.providers[2] as ServiceYearRules['providers'][number]).id = 'bauska-centrs';
    });
    expect(check(rules)).toEqual([{ code: 'PROVIDER_DUPLICATE', field: 'providers.2.id' }]);
  });

  it('refuses a provider in a municipality the round does not have', () => {
    const rules = changed((year) => {
      (year.providers[1] as ServiceYearRules['providers'][number]).municipalityCode = 'LV-099';
    });
    expect(check(rules)).toEqual([
      { code: 'PROVIDER_MUNICIPALITY_NOT_IN_ROUND', field: 'providers.1.municipalityCode' },
    ]);
  });

  it('refuses a provider’s service that is not in the catalogue, and one listed twice', () => {
    const rules = changed((year) => {
      const provider = year.providers[0] as ServiceYearRules['providers'][number];
      provider.services.push({ serviceId: 'group-home', unitPriceCents: 45_000 });
      provider.services.push({ serviceId: 'day-centre', unitPriceCents: 1_000 });
    });
    expect(check(rules)).toEqual([
      { code: 'PROVIDER_SERVICE_UNKNOWN', field: 'providers.0.services.2.serviceId' },
      { code: 'PROVIDER_SERVICE_DUPLICATE', field: 'providers.0.services.3.serviceId' },
    ]);
  });

  it('refuses budgets by need level that fall as the need grows, and takes equal or missing levels', () => {
    const falling = changed((year) => {
      year.budget.byNeedLevel = { low: 500_000, medium: 480_000, high: 470_000 };
    });
    expect(check(falling)).toEqual([
      { code: 'NEED_LEVELS_OUT_OF_ORDER', field: 'budget.byNeedLevel.medium' },
      { code: 'NEED_LEVELS_OUT_OF_ORDER', field: 'budget.byNeedLevel.high' },
    ]);
    // Without the medium level, low is compared with high.
    const skipping = changed((year) => {
      year.budget.byNeedLevel = { low: 500_000, high: 400_000 };
    });
    expect(check(skipping)).toEqual([{ code: 'NEED_LEVELS_OUT_OF_ORDER', field: 'budget.byNeedLevel.high' }]);
    for (const byNeedLevel of [{ low: 400_000, medium: 400_000, high: 400_000 }, { high: 1 }, undefined]) {
      expect(check(changed((year) => Object.assign(year.budget, { byNeedLevel })))).toEqual([]);
    }
  });

  it('leaves amounts that are not positive to the schema, which refuses them', () => {
    for (const budget of [
      { amountCents: 0 },
      { amountCents: 480_000, byNeedLevel: { low: 0 } },
      { amountCents: 480_000, byNeedLevel: { high: -100 } },
    ]) {
      expect(ServiceYearRulesSchema.safeParse({ ...testYear, budget }).success).toBe(false);
    }
    const freeService = changed((year) => {
      (year.catalogue[0] as ServiceYearRules['catalogue'][number]).unitPriceCents = 0;
    });
    expect(ServiceYearRulesSchema.safeParse(freeService).success).toBe(false);
  });

  it('refuses to take away a service or a provider that a running plan names, and lets prices and names change', () => {
    const running = plan('KDMA-4729', 'LV-016', [version([planned('psychologist', 'bauska-prakse', 2, 6, 3_500)])]);
    const round = { ...ROUND, inUse: inUseBy([running]) };
    const withoutPsychologist = changed((year) => {
      year.catalogue = year.catalogue.filter((service) => service.id !== 'psychologist');
      year.providers = year.providers.filter((provider) => provider.id !== 'bauska-prakse');
    });
    expect(check(withoutPsychologist, round)).toEqual([
      { code: 'SERVICE_IN_USE', field: 'catalogue' },
      { code: 'PROVIDER_IN_USE', field: 'providers' },
    ]);
    const repriced = changed((year) => {
      const psychologist = year.catalogue[1] as ServiceYearRules['catalogue'][number];
      psychologist.unitPriceCents = 5_000;
      psychologist.name = { lv: 'Psihoterapeits', en: 'Psychotherapist' };
      (year.providers[1] as ServiceYearRules['providers'][number]).services = [
        { serviceId: 'psychologist', unitPriceCents: 5_000 },
      ];
    });
    expect(check(repriced, round)).toEqual([]);
  });

  it('counts only the current version of plans still running as using the year', () => {
    const revised = plan('KDMA-4729', 'LV-016', [
      version([planned('psychologist', 'bauska-prakse', 2, 6, 3_500)]),
      version([planned('day-centre', 'bauska-centrs', 8, 12, 1_400)], { version: 2 }),
    ]);
    const ended = plan('ABCD-2345', 'LV-JEL', [version([planned('day-centre', 'jelgava-centrs', 4, 12, 1_300)])], {
      end: 'left-early',
    });
    const inUse = inUseBy([revised, ended]);
    expect([...inUse.serviceIds]).toEqual(['day-centre']);
    expect([...inUse.providerIds]).toEqual(['bauska-centrs']);
  });
});
