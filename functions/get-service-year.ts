import { staffRoute } from '../shared/http/staff-route.ts';
import { getServiceYearRoute } from '../shared/routes/get-service-year.ts';
import { getServiceYear } from '../shared/use-cases/service-year/get-service-year.ts';

/** The round's year of services: its budget, catalogue and the providers the caller may see. */
export const handler = staffRoute(getServiceYearRoute, async ({ params }, staff, ports) =>
  getServiceYear(ports, staff, params.roundId),
);
