import { fileAnswer } from '../shared/http/route-answer.ts';
import { staffRoute } from '../shared/http/staff-route.ts';
import { getServiceYearDashboardRoute } from '../shared/routes/get-service-year-dashboard.ts';
import { dashboardCsv } from '../shared/use-cases/service-year/figures-csv.ts';
import { getServiceYearDashboard } from '../shared/use-cases/service-year/get-dashboard.ts';

/** Budgets committed and spent per municipality and overall, as JSON or as a CSV file. */
export const handler = staffRoute(getServiceYearDashboardRoute, async ({ params, query }, staff, ports) => {
  const figures = await getServiceYearDashboard(ports, staff, params.roundId);
  if (query.format !== 'csv') return figures;
  const { fileName, csv } = dashboardCsv(figures, staff.at);
  return fileAnswer(fileName, csv);
});
