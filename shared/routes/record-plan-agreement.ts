import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PlanAgreementBodySchema } from '../schemas/plans-api.ts';
import { recordAgreement } from '../use-cases/plans/record-agreement.ts';
import { applicationChange } from './application-change.ts';
import { planChange } from './plan-change.ts';
import { applicationPath } from './staff-paths.ts';

export const recordPlanAgreementRoute = {
  ...planChange,
  method: 'PUT',
  path: `${applicationPath}/plan/agreement`,
  handler: 'record-plan-agreement',
  action: 'plan.agree',
  summary: 'Social worker: the participant signed the current version on paper, on the day given.',
  body: PlanAgreementBodySchema,
} as const satisfies StaffRoute;

/** The participant signed the plan's current version on paper. */
export const run: StaffRun<typeof recordPlanAgreementRoute> = async (input, staff, ports) =>
  recordAgreement(ports, staff, applicationChange(input));
