import { staffRoute } from '../shared/http/staff-route.ts';
import { getDashboardRoute } from '../shared/routes/get-dashboard.ts';
import { getDashboard } from '../shared/use-cases/selection/get-dashboard.ts';

/** Applications per municipality and review state, with the latest run. */
export const handler = staffRoute(getDashboardRoute, async ({ params }, staff, ports) =>
  getDashboard(ports, staff, params.roundId),
);
