import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { DashboardResponseSchema } from '../schemas/selection-api.ts';
import { getDashboard } from '../use-cases/selection/get-dashboard.ts';
import { roundPath } from './staff-paths.ts';

export const getDashboardRoute = {
  method: 'GET',
  path: `${roundPath}/dashboard`,
  handler: 'get-dashboard',
  access: 'administrator',
  action: 'dashboard.read',
  summary: 'Administrator: applications per municipality and review state, with the latest run.',
  params: { roundId },
  answers: { 200: { json: DashboardResponseSchema } },
  needs: { table: 'read', repositories: ['rounds', 'applications', 'selectionRuns'] },
} as const satisfies StaffRoute;

/** Applications per municipality and review state, with the latest run. */
export const run: StaffRun<typeof getDashboardRoute> = async ({ params }, staff, ports) =>
  getDashboard(ports, staff, params.roundId);
