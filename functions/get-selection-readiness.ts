import { staffRoute } from '../shared/http/route-handler.ts';
import { getSelectionReadiness } from '../shared/use-cases/selection/selection-readiness.ts';

/** The applications still waiting for a decision, per municipality (own municipality). */
export const handler = staffRoute('get-selection-readiness', async ({ params }, staff, ports) =>
  getSelectionReadiness(ports, staff, params.roundId),
);
