import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { EligibilityRequestSchema } from '../schemas/staff-api.ts';
import { decideEligibility } from '../use-cases/staff/review-decisions.ts';
import { applicationChange } from './application-change.ts';
import { reviewChange } from './review-change.ts';
import { applicationPath } from './staff-paths.ts';

export const decideEligibilityRoute = {
  ...reviewChange,
  method: 'PUT',
  path: `${applicationPath}/eligibility`,
  handler: 'decide-eligibility',
  action: 'eligibility.decide',
  summary: 'Staff: decide eligible or not eligible, with a reason.',
  body: EligibilityRequestSchema,
} as const satisfies StaffRoute;

/** Decides eligible or not eligible, with a reason. */
export const run: StaffRun<typeof decideEligibilityRoute> = async (input, staff, ports) =>
  decideEligibility(ports, staff, applicationChange(input));
