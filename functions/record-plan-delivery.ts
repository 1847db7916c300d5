import { staffRoute } from '../shared/http/staff-route.ts';
import { recordPlanDeliveryRoute } from '../shared/routes/record-plan-delivery.ts';
import { recordDelivery } from '../shared/use-cases/plans/record-month.ts';

/** What was delivered in a month of the plan. */
export const handler = staffRoute(recordPlanDeliveryRoute, async ({ params, body }, staff, ports) =>
  recordDelivery(ports, staff, { reference: params.reference, request: body }),
);
