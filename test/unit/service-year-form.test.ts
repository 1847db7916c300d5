import { describe, expect, it } from 'vitest';
import { ServiceYearSaveRequestSchema } from '../../shared/schemas/service-year-api.ts';
import { staffTexts } from '../../web/src/staff/i18n/words.ts';
import {
  catalogueChanges,
  centsText,
  checkYearForm,
  formOf,
  offerBoxes,
  offerChanges,
  parseEuros,
  providerChanges,
  providerShown,
  type YearForm,
  yearRequestOf,
} from '../../web/src/staff/service-year/year-form.ts';
import type { ServiceYear } from '../../web/src/staff/service-year/year-types.ts';
import { testYear } from '../fixtures/service-year-plans.ts';

const STORED: ServiceYear = {
  ...testYear,
  roundId: 'pilot-2019',
  revision: 4,
  updatedAt: '2019-09-01T08:00:00.000Z',
  updatedBy: { subject: 'sub-admin', username: 'admin', displayName: 'Administrators' },
};

const paths = (form: YearForm) => checkYearForm(form).map((error) => error.path);

describe('euros in the boxes of the year’s editor', () => {
  it('reads the ways people write an amount, to the cent, and nothing else', () => {
    expect(parseEuros('14')).toBe(1_400);
    expect(parseEuros('14,5')).toBe(1_450);
    expect(parseEuros('14.05')).toBe(1_405);
    expect(parseEuros(' 4 800,00 € ')).toBe(480_000);
    expect(parseEuros('4\u00a0800,00')).toBe(480_000);
    // 0.1 + 0.2 would be 30.000000000000004 cents in floating point: the digits are read as they are.
    expect(parseEuros('0,30')).toBe(30);
    for (const text of ['', 'abc', '14,005', '-5', '1,2,3', '14 EUR', '1e3']) expect(parseEuros(text)).toBeUndefined();
  });

  it('writes cents back as the box shows them', () => {
    expect([centsText(1_400), centsText(5), centsText(480_000)]).toEqual(['14,00', '0,05', '4800,00']);
    expect(parseEuros(centsText(123_456))).toBe(123_456);
  });
});

describe('the year’s editor form', () => {
  it('opens a stored year as it is and sends it back unchanged, over the revision it read', () => {
    const form = formOf(STORED);
    expect(form.amount).toBe('4800,00');
    expect(form.byNeedLevel).toEqual({ low: '3600,00', medium: '4800,00', high: '7200,00' });
    expect(paths(form)).toEqual([]);
    const request = yearRequestOf(form);
    expect(request).toEqual({ ...testYear, revision: 4 });
    expect(ServiceYearSaveRequestSchema.parse(request)).toEqual(request);
  });

  it('starts a round without a year with one empty service, no providers and no revision', () => {
    const form = formOf(undefined);
    expect(form.catalogue).toHaveLength(1);
    expect(form.providers).toEqual([]);
    expect(form.months).toBe('12');
    expect(paths(form)).toEqual([
      'budget.amountCents',
      'catalogue.0.id',
      'catalogue.0.name.lv',
      'catalogue.0.name.en',
      'catalogue.0.unit',
      'catalogue.0.unitPriceCents',
    ]);
    expect(yearRequestOf(form)).not.toHaveProperty('revision');
  });

  it('names each box at fault by its row: the budget, a price, a provider’s service', () => {
    let form = formOf(STORED);
    form = { ...form, amount: '0', byNeedLevel: { ...form.byNeedLevel, medium: 'daudz' }, months: '37' };
    form = catalogueChanges.value(form, 1, 'price', '');
    form = providerChanges('LV-JEL').value(form, 2, 'name', ' ');
    form = offerChanges(0).added(form);
    const errors = checkYearForm(form);
    expect(errors.map((error) => error.path)).toEqual([
      'budget.amountCents',
      'budget.byNeedLevel.medium',
      'months',
      'catalogue.1.unitPriceCents',
      'providers.0.services.2.serviceId',
      'providers.0.services.2.unitPriceCents',
      'providers.2.name',
    ]);
    const message = (path: string) => errors.find((error) => error.path === path)?.message;
    expect(message('catalogue.1.unitPriceCents')?.en).toBe(
      'Service 2: Price: write an amount in euros above zero, for example 14.00.',
    );
    expect(message('providers.0.services.2.serviceId')?.lv).toBe(
      '1. sniedzēja 3. pakalpojums: Pakalpojums: aizpildiet vai izvēlieties.',
    );
    expect(message('months')?.en).toBe('The months must be a whole number from 1 to 36.');
  });

  it('leaves a provider’s contacts and the need levels optional, and sends only what is filled in', () => {
    let form = formOf(STORED);
    form = { ...form, byNeedLevel: { low: '', medium: '', high: '' } };
    form = providerChanges('LV-016').value(form, 0, 'phone', '');
    form = providerChanges('LV-016').value(form, 0, 'email', ' ');
    expect(paths(form)).toEqual([]);
    const request = yearRequestOf(form);
    expect(request.budget).toEqual({ amountCents: 480_000 });
    expect(request.providers[0]).not.toHaveProperty('phone');
    expect(request.providers[0]).not.toHaveProperty('email');
  });

  it('asks for at least one service in the list and for each provider', () => {
    let form = catalogueChanges.removed(formOf(STORED), 0);
    form = catalogueChanges.removed(form, 0);
    form = catalogueChanges.removed(form, 0);
    form = offerChanges(2).removed(form, 0);
    expect(paths(form)).toEqual(['catalogue', 'providers.2.services']);
  });

  it('adds and removes rows, each new one empty, the others untouched', () => {
    const form = providerChanges('LV-JEL').added(catalogueChanges.added(formOf(STORED)));
    expect(form.catalogue).toHaveLength(4);
    expect(form.catalogue[3]).toMatchObject({ id: '', price: '' });
    expect(form.providers[3]).toMatchObject({
      id: '',
      municipalityCode: 'LV-JEL',
      services: [{ serviceId: '', price: '' }],
    });
    const keys = new Set([...form.catalogue, ...form.providers].map((row) => row.key));
    expect(keys.size).toBe(8);
    const without = providerChanges('LV-JEL').removed(form, 1);
    expect(without.providers.map((provider) => provider.id)).toEqual(['bauska-centrs', 'jelgava-centrs', '']);
  });

  it('offers a provider the services of the list as it stands, and keeps a chosen id the list no longer has', () => {
    let form = catalogueChanges.added(formOf(STORED));
    form = catalogueChanges.value(form, 3, 'id', 'transport');
    form = catalogueChanges.value(form, 3, 'nameEn', 'Transport');
    const [service] = offerBoxes(form.catalogue, ['group-home', 'day-centre'], 'en');
    const choices = service?.choices?.(staffTexts.en.serviceYear).map((choice) => choice.value);
    expect(choices).toEqual(['', 'day-centre', 'psychologist', 'support-person', 'transport', 'group-home']);
  });

  it('shows the chosen municipality’s providers, and any provider with an error wherever it is', () => {
    const form = formOf(STORED);
    const shown = (municipality: string, errors: { path: string }[] = []) =>
      form.providers.flatMap((_, index) =>
        providerShown(
          form,
          index,
          municipality,
          errors.map((error) => ({ ...error, code: 'X', message: { lv: 'x', en: 'x' } })),
        )
          ? [index]
          : [],
      );
    expect(shown('LV-016')).toEqual([0, 1]);
    expect(shown('LV-JEL')).toEqual([2]);
    expect(shown('LV-016', [{ path: 'providers.2.services.0.serviceId' }, { path: 'catalogue.0.id' }])).toEqual([
      0, 1, 2,
    ]);
    // `providers.1` is not the start of `providers.10`'s paths.
    expect(shown('LV-JEL', [{ path: 'providers.10.name' }])).toEqual([2]);
  });
});
