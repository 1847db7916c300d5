import { staffRoute } from '../shared/http/route-handler.ts';
import { publishSelection } from '../shared/use-cases/selection/publish-selection.ts';

/** Publishes the latest run; each applicant is e-mailed their result once. */
export const handler = staffRoute('publish-selection', async ({ params }, staff, ports) =>
  publishSelection(ports, staff, { roundId: params.roundId, runId: params.runId }),
);
