import { recordMonth } from '../../domain/support-plan-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { MonthDeliveryBody, PlanResponse } from '../../schemas/plans-api.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { changePlan, openPlan, orRefuse, type PlanChangeInput } from './change-plan.ts';

/**
 * Records what was delivered in a month of the agreed plan. Refused when a service would go past what the plan
 * gives it (the plan is revised first). Recording a month again replaces its record; the replaced one is kept.
 */
export async function recordDelivery(
  ports: StaffPorts,
  staff: StaffContext,
  input: PlanChangeInput<MonthDeliveryBody>,
): Promise<PlanResponse> {
  return changePlan(ports, staff, input, (context, request) => {
    const plan = openPlan(context);
    const { deliveries } = orRefuse(recordMonth(plan, request, context));
    const replaced = plan.deliveries.filter((delivery) => delivery.month === request.month);
    return { plan: { ...plan, deliveries, replacedDeliveries: [...plan.replacedDeliveries, ...replaced] } };
  });
}
