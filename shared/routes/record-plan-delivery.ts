import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { MonthDeliveryBodySchema } from '../schemas/plans-api.ts';
import { recordDelivery } from '../use-cases/plans/record-month.ts';
import { applicationChange } from './application-change.ts';
import { planChange } from './plan-change.ts';
import { applicationPath } from './staff-paths.ts';

export const recordPlanDeliveryRoute = {
  ...planChange,
  method: 'PUT',
  path: `${applicationPath}/plan/deliveries`,
  handler: 'record-plan-delivery',
  action: 'plan.delivery',
  summary: 'Social worker: what was delivered in a month of the plan; a month recorded again replaces its record.',
  body: MonthDeliveryBodySchema,
} as const satisfies StaffRoute;

/** What was delivered in a month of the plan. */
export const run: StaffRun<typeof recordPlanDeliveryRoute> = async (input, staff, ports) =>
  recordDelivery(ports, staff, applicationChange(input));
