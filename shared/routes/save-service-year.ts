import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ServiceYearResponseSchema, ServiceYearSaveRequestSchema } from '../schemas/service-year-api.ts';
import { saveServiceYear } from '../use-cases/service-year/save-service-year.ts';
import { roundPath } from './staff-paths.ts';

export const saveServiceYearRoute = {
  method: 'PUT',
  path: `${roundPath}/service-year`,
  handler: 'save-service-year',
  access: 'administrator',
  action: 'service-year.save',
  summary:
    'Administrator: set up or replace the round’s year of services, over the revision read (409 ROUND_CHANGED when another change came first). Agreed plans keep their prices.',
  params: { roundId },
  body: ServiceYearSaveRequestSchema,
  answers: { 200: { json: ServiceYearResponseSchema } },
  refusals: [409, 422],
  // Reads the plans, so that nothing a running plan names is taken away.
  needs: { table: 'readWrite', repositories: ['rounds', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** Sets up or replaces the round's year of services, over the revision read. */
export const run: StaffRun<typeof saveServiceYearRoute> = async ({ params, body }, staff, ports) =>
  saveServiceYear(ports, staff, { roundId: params.roundId, request: body });
