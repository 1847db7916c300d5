import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import { ScoresRequestSchema } from '../schemas/staff-api.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const recordScoresRoute = {
  method: 'PUT',
  path: `${applicationPath}/scores`,
  handler: 'record-scores',
  access: 'staff',
  action: 'scores.record',
  summary: 'Staff: points for each selection criterion of the round, with a justification.',
  params: { reference },
  body: ScoresRequestSchema,
  answers: reviewAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], audit: 'appendAndHistory' },
} as const satisfies StaffRoute;
