import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import { FiguresQuerySchema, ServiceYearFiguresResponseSchema } from '../schemas/service-year-api.ts';
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
