import type { FieldError, LocalizedText } from '../../api/types.ts';
import { type StaffTexts, staffMessage } from '../i18n/words.ts';
import { type BoxOf, listChanges, type RowBox, wholeNumber } from '../round-editor/rules-form.ts';
import type { NeedLevel, ServiceUnit, ServiceYear, ServiceYearSaveRequest } from './year-types.ts';

/**
 * The editor of a round's year of services, apart from the page that shows it: what its boxes hold, the
 * browser's own checks, and the request they become. Money is typed in euros (`14,00` or `14.00`) and sent in
 * whole cents; everything else (ids, codes, repeated entries, what the plans use) is the API's to say.
 */

const UNITS: readonly ServiceUnit[] = ['hour', 'day', 'visit', 'month'];
export const NEED_LEVELS: readonly NeedLevel[] = ['low', 'medium', 'high'];
/** The most months a year of services may run, as the API takes them. */
const MAX_MONTHS = 36;

interface ServiceRow {
  /** Identifies the row while it is on screen (for focus and rendering), never sent. */
  key: number;
  id: string;
  nameLv: string;
  nameEn: string;
  unit: string;
  price: string;
}

interface OfferRow {
  key: number;
  serviceId: string;
  price: string;
}

interface ProviderRow {
  key: number;
  id: string;
  municipalityCode: string;
  name: string;
  registrationNumber: string;
  phone: string;
  email: string;
  address: string;
  /** The services it offers, each at its own price: a list of its own inside the provider's row. */
  services: OfferRow[];
}

/** The form as typed: every box holds text until the save turns it into the request. */
export interface YearForm {
  amount: string;
  byNeedLevel: Record<NeedLevel, string>;
  months: string;
  offerPlaceOnEarlyEnd: boolean;
  catalogue: ServiceRow[];
  providers: ProviderRow[];
  /** The revision the form was read at; none for a round without a year yet. */
  revision: number | undefined;
}

let nextKey = 1;
const emptyService = (): ServiceRow => ({ key: nextKey++, id: '', nameLv: '', nameEn: '', unit: '', price: '' });
const emptyOffer = (): OfferRow => ({ key: nextKey++, serviceId: '', price: '' });
const emptyProvider = (municipalityCode: string): ProviderRow => ({
  key: nextKey++,
  id: '',
  municipalityCode,
  name: '',
  registrationNumber: '',
  phone: '',
  email: '',
  address: '',
  services: [emptyOffer()],
});

/** `1400` → `14,00`: the way amounts are written in Latvia, which the boxes show and take back. */
export function centsText(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

/**
 * An amount in euros as typed, in whole cents: `14`, `14,5`, `14.50`, `1 400,00` and `€ 14` all read; anything
 * else, or nothing at all, is undefined. Read digit by digit, never through a floating-point number.
 */
export function parseEuros(text: string): number | undefined {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0€]/g, ''));
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** The form for a round's year as it stands, or an empty one (one empty service, no providers) to set it up. */
export function formOf(year: ServiceYear | undefined): YearForm {
  if (!year) {
    return {
      amount: '',
      byNeedLevel: { low: '', medium: '', high: '' },
      months: '12',
      offerPlaceOnEarlyEnd: true,
      catalogue: [emptyService()],
      providers: [],
      revision: undefined,
    };
  }
  const level = (need: NeedLevel) => {
    const cents = year.budget.byNeedLevel?.[need];
    return cents === undefined ? '' : centsText(cents);
  };
  return {
    amount: centsText(year.budget.amountCents),
    byNeedLevel: { low: level('low'), medium: level('medium'), high: level('high') },
    months: String(year.months),
    offerPlaceOnEarlyEnd: year.offerPlaceOnEarlyEnd,
    catalogue: year.catalogue.map((service) => ({
      key: nextKey++,
      id: service.id,
      nameLv: service.name.lv,
      nameEn: service.name.en,
      unit: service.unit,
      price: centsText(service.unitPriceCents),
    })),
    providers: year.providers.map((provider) => ({
      key: nextKey++,
      id: provider.id,
      municipalityCode: provider.municipalityCode,
      name: provider.name,
      registrationNumber: provider.registrationNumber,
      phone: provider.phone ?? '',
      email: provider.email ?? '',
      address: provider.address ?? '',
      services: provider.services.map((offer) => ({
        key: nextKey++,
        serviceId: offer.serviceId,
        price: centsText(offer.unitPriceCents),
      })),
    })),
    revision: year.revision,
  };
}

/** The words of the year's page, which name its boxes. */
type Words = StaffTexts['serviceYear'];
type Box<Row> = RowBox<Row, Words>;

/** A price in euros, of a service in the list or of a provider's. */
function priceBox<Row extends { price: string }>(): Box<Row> {
  return {
    name: 'price' as BoxOf<Row>,
    path: 'unitPriceCents',
    label: (w) => w.price,
    hint: (w) => w.priceHint,
    size: 'short',
    decimal: true,
  };
}

/** "Choose…" first, so a new row shows that nothing is chosen yet. */
const choose = (w: Words) => ({ value: '', label: w.choose });

export const SERVICE_BOXES: readonly Box<ServiceRow>[] = [
  { name: 'id', path: 'id', label: (w) => w.serviceId, hint: (w) => w.idHint, size: 'medium' },
  { name: 'nameLv', path: 'name.lv', label: (w) => w.nameLv },
  { name: 'nameEn', path: 'name.en', label: (w) => w.nameEn },
  {
    name: 'unit',
    path: 'unit',
    label: (w) => w.unit,
    choices: (w) => [choose(w), ...UNITS.map((unit) => ({ value: unit, label: w.units[unit] }))],
  },
  priceBox(),
];

/**
 * Whether the editor shows a provider: those of the municipality chosen, and any with an error, so that every
 * error the summary lists is next to its box on the page.
 */
export function providerShown(form: YearForm, index: number, municipality: string, errors: readonly FieldError[]) {
  return (
    form.providers[index]?.municipalityCode === municipality ||
    errors.some((error) => error.path.startsWith(`providers.${index}.`))
  );
}

/** A provider's boxes. Its municipality is not one of them: the editor shows one municipality's providers. */
export const PROVIDER_BOXES: readonly Box<ProviderRow>[] = [
  { name: 'id', path: 'id', label: (w) => w.providerId, hint: (w) => w.idHint, size: 'medium' },
  { name: 'name', path: 'name', label: (w) => w.providerName },
  {
    name: 'registrationNumber',
    path: 'registrationNumber',
    label: (w) => w.registrationNumber,
    hint: (w) => w.registrationHint,
    size: 'medium',
  },
  { name: 'phone', path: 'phone', label: (w) => w.phone, size: 'medium', type: 'tel', optional: true },
  { name: 'email', path: 'email', label: (w) => w.email, type: 'email', optional: true },
  { name: 'address', path: 'address', label: (w) => w.address, optional: true },
];

/**
 * A provider's service is chosen from the catalogue as the form holds it now, so a service added above can be
 * chosen at once. A chosen id no longer in the catalogue stays on the list, for the API to point out.
 */
export function offerBoxes(catalogue: readonly ServiceRow[], chosen: readonly string[], language: 'lv' | 'en') {
  const listed = catalogue.filter((row) => row.id.trim());
  const ids = listed.map((row) => row.id.trim());
  const others = [...new Set(chosen.filter((id) => id && !ids.includes(id)))];
  const boxes: Box<OfferRow>[] = [
    {
      name: 'serviceId',
      path: 'serviceId',
      label: (w) => w.service,
      choices: (w) => [
        choose(w),
        ...listed.map((row) => ({
          value: row.id.trim(),
          label: (language === 'lv' ? row.nameLv : row.nameEn) || row.id,
        })),
        ...others.map((id) => ({ value: id, label: id })),
      ],
    },
    priceBox(),
  ];
  return boxes;
}

/**
 * The form's own checks, before anything is sent: every box that must be filled is, amounts are euros above
 * zero, the months a whole number. Each error names the row by its place: "Service 2: price".
 */
export function checkYearForm(form: YearForm): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: LocalizedText) => errors.push({ path, code: 'FIELD_INVALID', message });
  type Label = (w: Words) => string;
  const euros = (path: string, value: string, label: Label) => {
    if (!parseEuros(value))
      add(
        path,
        staffMessage((s) => s.serviceYear.invalidEuros(label(s.serviceYear))),
      );
  };
  /** Each box of a row at `path`, named by the row's place in its list: "Provider 1, service 2: price". */
  const row = <Row>(path: string, value: Row, boxes: readonly Box<Row>[], rowName: Label) => {
    for (const box of boxes) {
      const text = String(value[box.name]);
      const label: Label = (w) => `${rowName(w)}: ${box.label(w)}`;
      if (box.decimal) euros(`${path}.${box.path}`, text, label);
      else if (!box.optional && !text.trim()) {
        add(
          `${path}.${box.path}`,
          staffMessage((s) => s.serviceYear.required(label(s.serviceYear))),
        );
      }
    }
  };

  euros('budget.amountCents', form.amount, (w) => w.amount);
  for (const level of NEED_LEVELS) {
    const value = form.byNeedLevel[level];
    if (value.trim()) euros(`budget.byNeedLevel.${level}`, value, (w) => w.needLevel[level]);
  }
  const months = wholeNumber(form.months);
  if (months === undefined || months > MAX_MONTHS)
    add(
      'months',
      staffMessage((s) => s.serviceYear.monthsRange(MAX_MONTHS)),
    );
  if (form.catalogue.length === 0)
    add(
      'catalogue',
      staffMessage((s) => s.serviceYear.requiredCatalogue),
    );
  form.catalogue.forEach((service, index) => {
    row(`catalogue.${index}`, service, SERVICE_BOXES, (w) => w.serviceN(index + 1));
  });
  // The boxes' choices do not matter to the checks, only which boxes there are.
  const offers = offerBoxes([], [], 'lv');
  form.providers.forEach((provider, index) => {
    const path = `providers.${index}`;
    row(path, provider, PROVIDER_BOXES, (w) => w.providerN(index + 1));
    if (provider.services.length === 0) {
      add(
        `${path}.services`,
        staffMessage((s) => s.serviceYear.requiredOffers(index + 1)),
      );
    }
    provider.services.forEach((offer, at) => {
      row(`${path}.services.${at}`, offer, offers, (w) => w.offerN(index + 1, at + 1));
    });
  });
  return errors;
}

/** The request for the form's year; only sent once `checkYearForm` found nothing. */
export function yearRequestOf(form: YearForm): ServiceYearSaveRequest {
  const cents = (text: string) => parseEuros(text) ?? 0;
  const levels = NEED_LEVELS.filter((level) => form.byNeedLevel[level].trim());
  return {
    budget: {
      amountCents: cents(form.amount),
      ...(levels.length > 0 && {
        byNeedLevel: Object.fromEntries(levels.map((level) => [level, cents(form.byNeedLevel[level])])),
      }),
    },
    months: wholeNumber(form.months) ?? 0,
    catalogue: form.catalogue.map((row) => ({
      id: row.id.trim(),
      name: { lv: row.nameLv.trim(), en: row.nameEn.trim() },
      unit: row.unit as ServiceUnit,
      unitPriceCents: cents(row.price),
    })),
    providers: form.providers.map((row) => ({
      id: row.id.trim(),
      municipalityCode: row.municipalityCode,
      name: row.name.trim(),
      registrationNumber: row.registrationNumber.trim(),
      services: row.services.map((offer) => ({ serviceId: offer.serviceId, unitPriceCents: cents(offer.price) })),
      ...(row.phone.trim() && { phone: row.phone.trim() }),
      ...(row.email.trim() && { email: row.email.trim() }),
      ...(row.address.trim() && { address: row.address.trim() }),
    })),
    offerPlaceOnEarlyEnd: form.offerPlaceOnEarlyEnd,
    ...(form.revision !== undefined && { revision: form.revision }),
  };
}

/** The list of services. */
export const catalogueChanges = listChanges<YearForm, ServiceRow>(
  (form) => form.catalogue,
  (form, catalogue) => ({ ...form, catalogue }),
  emptyService,
);

/** The list of providers; one added is of the municipality whose providers the editor shows. */
export const providerChanges = (municipalityCode: string) =>
  listChanges<YearForm, ProviderRow>(
    (form) => form.providers,
    (form, providers) => ({ ...form, providers }),
    () => emptyProvider(municipalityCode),
  );

/** The services of the provider at `provider`, a list of its own. */
export const offerChanges = (provider: number) =>
  listChanges<YearForm, OfferRow>(
    (form) => form.providers[provider]?.services ?? [],
    (form, services) => ({
      ...form,
      providers: form.providers.map((row, at) => (at === provider ? { ...row, services } : row)),
    }),
    emptyOffer,
  );
