import { staffRoute } from '../shared/http/route-handler.ts';
import { recordScores } from '../shared/use-cases/staff/review-decisions.ts';

/** Points per selection criterion, with a justification. */
export const handler = staffRoute('record-scores', async ({ params, body }, staff, ports) =>
  recordScores(ports, staff, { reference: params.reference, request: body }),
);
