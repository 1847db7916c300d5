import { lineKey } from '../../../../shared/domain/individual-budget.ts';
import type { FieldError, Language } from '../../api/types.ts';
import { staffFieldError, staffRequired } from '../i18n/field-errors.ts';
import { euroInput, parseEuro, parseWhole } from './money.ts';
import type { MonthDeliveryBody, SupportPlan } from './plan-types.ts';

/** One service line of a month as typed: how much was delivered, and what it cost in euros. */
export interface DeliveryLineDraft {
  serviceId: string;
  providerId: string;
  unitPriceCents: number;
  quantity: string;
  amount: string;
}

/**
 * The lines of a month to fill in: the month's record when there is one, else the plan's monthly amounts at the
 * plan's prices. A service the plan names twice from the same provider is one line.
 */
export function monthLines(plan: SupportPlan, month: string, language: Language): DeliveryLineDraft[] {
  const version = plan.versions.at(-1);
  const recorded = plan.deliveries.find((delivery) => delivery.month === month);
  const lines = new Map<string, DeliveryLineDraft>();
  for (const service of version?.services ?? []) {
    const key = lineKey(service);
    const before = Number(lines.get(key)?.quantity ?? 0);
    const quantity = before + service.quantityPerMonth;
    lines.set(key, {
      serviceId: service.serviceId,
      providerId: service.providerId,
      unitPriceCents: service.unitPriceCents,
      quantity: String(quantity),
      amount: euroInput(quantity * service.unitPriceCents, language),
    });
  }
  for (const line of recorded?.lines ?? []) {
    const planned = lines.get(lineKey(line));
    if (planned) {
      lines.set(lineKey(line), {
        ...planned,
        quantity: String(line.quantity),
        amount: euroInput(line.amountCents, language),
      });
    }
  }
  return [...lines.values()];
}

/** The first of the plan's months not recorded yet; none once every month is. */
export function firstOpenMonth(plan: SupportPlan, months: readonly string[]): string {
  return months.find((month) => !plan.deliveries.some((delivery) => delivery.month === month)) ?? '';
}

/** The request, or what the browser finds wrong first. */
export function monthRequest(
  month: string,
  lines: DeliveryLineDraft[],
  revision: number,
): { request: MonthDeliveryBody } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!month) errors.push(staffRequired('delivery.month', (s) => s.plans.requiredMonth));
  lines.forEach((line, index) => {
    const path = `delivery.lines.${index}`;
    if (parseWhole(line.quantity) === undefined) {
      errors.push(
        staffFieldError(`${path}.quantity`, 'NUMBER_INVALID', (s) => s.plans.invalidQuantity(s.plans.perMonth)),
      );
    }
    if (parseEuro(line.amount) === undefined) {
      errors.push(
        staffFieldError(`${path}.amountCents`, 'AMOUNT_INVALID', (s) => s.plans.invalidAmount(s.plans.amountColumn)),
      );
    }
  });
  if (errors.length > 0) return { errors };
  return {
    request: {
      month,
      lines: lines.map((line) => ({
        serviceId: line.serviceId,
        providerId: line.providerId,
        quantity: parseWhole(line.quantity) as number,
        amountCents: parseEuro(line.amount) as number,
      })),
      revision,
    },
  };
}
