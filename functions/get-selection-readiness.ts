import { staffRoute } from '../shared/http/staff-route.ts';
import { getSelectionReadinessRoute } from '../shared/routes/get-selection-readiness.ts';
import { getSelectionReadiness } from '../shared/use-cases/selection/selection-readiness.ts';

/** The applications still waiting for a decision, per municipality (own municipality). */
export const handler = staffRoute(getSelectionReadinessRoute, async ({ params }, staff, ports) =>
  getSelectionReadiness(ports, staff, params.roundId),
);
