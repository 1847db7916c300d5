import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ServiceYearFiguresResponseSchema } from '../schemas/service-year-api.ts';
import { dashboardCsv } from '../use-cases/service-year/figures-csv.ts';
import { getServiceYearDashboard } from '../use-cases/service-year/get-dashboard.ts';
import { figuresAnswer, serviceYearFigures } from './service-year-figures.ts';
import { roundPath } from './staff-paths.ts';

export const getServiceYearDashboardRoute = {
  ...serviceYearFigures,
  method: 'GET',
  path: `${roundPath}/service-year/dashboard`,
  handler: 'get-service-year-dashboard',
  action: 'service-year.dashboard.read',
  summary:
    'Administrator: participants, plans agreed, budget committed and spent per municipality and overall, by month and by kind of service; JSON or CSV.',
  answers: { 200: { json: ServiceYearFiguresResponseSchema, csv: true } },
  needs: { table: 'read', repositories: ['rounds', 'applications', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** Budgets committed and spent per municipality and overall, as JSON or as a CSV file. */
export const run: StaffRun<typeof getServiceYearDashboardRoute> = async ({ params, query }, staff, ports) =>
  figuresAnswer(await getServiceYearDashboard(ports, staff, params.roundId), query, dashboardCsv, staff.at);
