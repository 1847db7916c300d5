import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ScoresRequestSchema } from '../schemas/staff-api.ts';
import { recordScores } from '../use-cases/staff/review-decisions.ts';
import { applicationChange } from './application-change.ts';
import { reviewChange } from './review-change.ts';
import { applicationPath } from './staff-paths.ts';

export const recordScoresRoute = {
  ...reviewChange,
  method: 'PUT',
  path: `${applicationPath}/scores`,
  handler: 'record-scores',
  action: 'scores.record',
  summary: 'Staff: points for each selection criterion of the round, with a justification.',
  body: ScoresRequestSchema,
} as const satisfies StaffRoute;

/** Points per selection criterion, with a justification. */
export const run: StaffRun<typeof recordScoresRoute> = async (input, staff, ports) =>
  recordScores(ports, staff, applicationChange(input));
