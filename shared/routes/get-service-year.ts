import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ServiceYearResponseSchema } from '../schemas/service-year-api.ts';
import { getServiceYear } from '../use-cases/service-year/get-service-year.ts';
import { roundPath } from './staff-paths.ts';

export const getServiceYearRoute = {
  method: 'GET',
  path: `${roundPath}/service-year`,
  handler: 'get-service-year',
  access: 'staff',
  action: 'service-year.read',
  summary:
    'Staff: the round’s year of services (budget, catalogue, providers); a social worker’s own municipality’s providers only. Absent until set up.',
  params: { roundId },
  answers: { 200: { json: ServiceYearResponseSchema } },
  needs: { table: 'read', repositories: ['rounds', 'applications', 'serviceYears'] },
} as const satisfies StaffRoute;

/** The round's year of services: its budget, catalogue and the providers the caller may see. */
export const run: StaffRun<typeof getServiceYearRoute> = async ({ params }, staff, ports) =>
  getServiceYear(ports, staff, params.roundId);
