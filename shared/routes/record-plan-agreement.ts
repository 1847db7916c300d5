import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PlanAgreementBodySchema } from '../schemas/plans-api.ts';
import { planAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const recordPlanAgreementRoute = {
  method: 'PUT',
  path: `${applicationPath}/plan/agreement`,
  handler: 'record-plan-agreement',
  access: 'staff',
  action: 'plan.agree',
  summary: 'Social worker: the participant signed the current version on paper, on the day given.',
  params: { reference },
  body: PlanAgreementBodySchema,
  answers: planAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['applications', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** What the run calls; `functions/record-plan-agreement.ts` imports it. */
type Uses = typeof import('../use-cases/plans/record-agreement.ts');

/** The participant signed the plan's current version on paper. */
export const run: StaffRun<typeof recordPlanAgreementRoute, Uses> = async (
  { recordAgreement },
  { params, body },
  staff,
  ports,
) => recordAgreement(ports, staff, { reference: params.reference, request: body });
