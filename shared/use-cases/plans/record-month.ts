import { recordMonth } from '../../domain/support-plan-rules.ts';
import type { MonthDeliveryBody } from '../../schemas/plans-api.ts';
import { changePlan, openPlan, orRefuse } from './change-plan.ts';

/**
 * Records what was delivered in a month of the agreed plan. Refused when a service would go past what the plan
 * gives it (the plan is revised first). Recording a month again replaces its record; the replaced one is kept.
 */
export const recordDelivery = changePlan<MonthDeliveryBody>((context, request) => {
  const plan = openPlan(context);
  const { deliveries } = orRefuse(recordMonth(plan, request, context));
  const replaced = plan.deliveries.filter((delivery) => delivery.month === request.month);
  return { plan: { ...plan, deliveries, replacedDeliveries: [...plan.replacedDeliveries, ...replaced] } };
});
