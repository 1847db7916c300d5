import { fileAnswer } from '../http/route-answer.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { FiguresQuerySchema, ServiceYearFiguresResponseSchema } from '../schemas/service-year-api.ts';
import { dashboardCsv } from '../use-cases/service-year/figures-csv.ts';
import { getServiceYearDashboard } from '../use-cases/service-year/get-dashboard.ts';
import { roundPath } from './staff-paths.ts';

export const getServiceYearDashboardRoute = {
  method: 'GET',
  path: `${roundPath}/service-year/dashboard`,
  handler: 'get-service-year-dashboard',
  access: 'administrator',
  action: 'service-year.dashboard.read',
  summary:
    'Administrator: participants, plans agreed, budget committed and spent per municipality and overall, by month and by kind of service; JSON or CSV.',
  params: { roundId },
  query: FiguresQuerySchema,
  answers: { 200: { json: ServiceYearFiguresResponseSchema, csv: true } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'applications', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** Budgets committed and spent per municipality and overall, as JSON or as a CSV file. */
export const run: StaffRun<typeof getServiceYearDashboardRoute> = async ({ params, query }, staff, ports) => {
  const figures = await getServiceYearDashboard(ports, staff, params.roundId);
  if (query.format !== 'csv') return figures;
  const { fileName, csv } = dashboardCsv(figures, staff.at);
  return fileAnswer(fileName, csv);
};
