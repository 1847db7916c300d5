import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { EligibilityRequestSchema } from '../schemas/staff-api.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const decideEligibilityRoute = {
  method: 'PUT',
  path: `${applicationPath}/eligibility`,
  handler: 'decide-eligibility',
  access: 'staff',
  action: 'eligibility.decide',
  summary: 'Staff: decide eligible or not eligible, with a reason.',
  params: { reference },
  body: EligibilityRequestSchema,
  answers: reviewAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], audit: 'appendAndHistory' },
} as const satisfies StaffRoute;

/** What the run calls; `functions/decide-eligibility.ts` imports it. */
type Uses = typeof import('../use-cases/staff/review-decisions.ts');

/** Decides eligible or not eligible, with a reason. */
export const run: StaffRun<typeof decideEligibilityRoute, Uses> = async (
  { decideEligibility },
  { params, body },
  staff,
  ports,
) => decideEligibility(ports, staff, { reference: params.reference, request: body });
