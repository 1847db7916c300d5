import { budgetFor } from '../../../../shared/domain/individual-budget.ts';
import type { FieldError, Language } from '../../api/types.ts';
import { formatDay } from '../../format/dates.ts';
import { readDay, staffFieldError, staffRequired } from '../i18n/field-errors.ts';
import { catalogueWords } from './catalogue.ts';
import { parseWhole } from './money.ts';
import type { NeedLevel, PlanVersion, PlanVersionBody, PlanYear } from './plan-types.ts';

/*
 * The version form's answers as typed, and how they become the request: the same checks the server makes of what
 * is missing or not a number, so the page says it at once; the budget and the catalogue the server checks again.
 */

/** Each line keeps an id of its own, so moving a line up or down moves its field, and its focus, with it. */
export interface GoalDraft {
  id: number;
  text: string;
}

export interface ServiceDraft {
  id: number;
  serviceId: string;
  providerId: string;
  quantityPerMonth: string;
  months: string;
}

export interface VersionDraft {
  goals: GoalDraft[];
  services: ServiceDraft[];
  personView: string;
  startDate: string;
  needLevel: NeedLevel | '';
  reason: string;
}

let lastId = 0;
export const nextId = () => {
  lastId += 1;
  return lastId;
};

export const emptyService = (months: number): ServiceDraft => ({
  id: nextId(),
  serviceId: '',
  providerId: '',
  quantityPerMonth: '',
  months: String(months),
});

/** The first version starts empty; a revision starts from the current version, as it stands. */
export function draftOf(version: PlanVersion | undefined, year: PlanYear): VersionDraft {
  if (!version) {
    return {
      goals: [{ id: nextId(), text: '' }],
      services: [emptyService(year.months)],
      personView: '',
      startDate: '',
      needLevel: '',
      reason: '',
    };
  }
  return {
    goals: version.goals.map((text) => ({ id: nextId(), text })),
    services: version.services.map((service) => ({
      id: nextId(),
      serviceId: service.serviceId,
      providerId: service.providerId,
      quantityPerMonth: String(service.quantityPerMonth),
      months: String(service.months),
    })),
    personView: version.personView ?? '',
    startDate: formatDay(version.startDate),
    needLevel: version.needLevel ?? '',
    reason: '',
  };
}

/** What a line costs over its months, once its service, provider and numbers are given. */
export function lineCost(line: ServiceDraft, year: PlanYear, language: Language): number | undefined {
  const price = catalogueWords(year, language).priceOf(line.serviceId, line.providerId);
  const quantity = parseWhole(line.quantityPerMonth);
  const months = parseWhole(line.months);
  return price === undefined || !quantity || !months ? undefined : price * quantity * months;
}

/** The draft's total as far as it is priced, and the budget of its need level. */
export function draftTotals(draft: VersionDraft, year: PlanYear, language: Language) {
  const total = draft.services.reduce((sum, line) => sum + (lineCost(line, year, language) ?? 0), 0);
  const budget = budgetFor(year.budget, draft.needLevel || undefined);
  return { total, budget };
}

/** The request, or what the browser finds wrong first. */
export function versionRequest(
  draft: VersionDraft,
  year: PlanYear,
  revision: number | undefined,
): { request: PlanVersionBody } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  draft.goals.forEach((goal, index) => {
    if (!goal.text.trim()) errors.push(staffRequired(`plan.goals.${index}`, (s) => s.plans.requiredGoal));
  });
  draft.services.forEach((line, index) => {
    const path = `plan.services.${index}`;
    if (!line.serviceId) errors.push(staffRequired(`${path}.serviceId`, (s) => s.plans.requiredService));
    else if (!line.providerId) errors.push(staffRequired(`${path}.providerId`, (s) => s.plans.requiredProvider));
    if (!parseWhole(line.quantityPerMonth)) {
      errors.push(
        staffFieldError(`${path}.quantityPerMonth`, 'NUMBER_INVALID', (s) =>
          s.plans.wholeNumber(s.plans.serviceLine(index + 1)),
        ),
      );
    }
    const months = parseWhole(line.months);
    if (!months || months > year.months) {
      errors.push(
        staffFieldError(`${path}.months`, 'NUMBER_INVALID', (s) => s.plans.wholeNumber(s.plans.monthsOfService)),
      );
    }
  });
  const start = readDay(
    'plan.startDate',
    draft.startDate,
    (s) => s.plans.requiredStartDate,
    (s) => s.plans.startDate,
  );
  if ('error' in start) errors.push(start.error);
  if (revision !== undefined && !draft.reason.trim()) {
    errors.push(staffRequired('plan.reason', (s) => s.plans.requiredReason));
  }
  if (errors.length > 0 || 'error' in start) return { errors };
  const personView = draft.personView.trim();
  const reason = draft.reason.trim();
  return {
    request: {
      goals: draft.goals.map((goal) => goal.text.trim()),
      services: draft.services.map((line) => ({
        serviceId: line.serviceId,
        providerId: line.providerId,
        quantityPerMonth: Number(line.quantityPerMonth.trim()),
        months: Number(line.months.trim()),
      })),
      startDate: start.day,
      ...(personView && { personView }),
      ...(draft.needLevel && { needLevel: draft.needLevel }),
      ...(revision !== undefined && { reason, revision }),
    },
  };
}
