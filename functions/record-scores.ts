import { staffRoute } from '../shared/http/staff-route.ts';
import { recordScoresRoute } from '../shared/routes/record-scores.ts';
import { recordScores } from '../shared/use-cases/staff/review-decisions.ts';

/** Points per selection criterion, with a justification. */
export const handler = staffRoute(recordScoresRoute, async ({ params, body }, staff, ports) =>
  recordScores(ports, staff, { reference: params.reference, request: body }),
);
