import { staffRoute } from '../shared/http/staff-route.ts';
import { saveServiceYearRoute } from '../shared/routes/save-service-year.ts';
import { saveServiceYear } from '../shared/use-cases/service-year/save-service-year.ts';

/** Sets up or replaces the round's year of services, over the revision read. */
export const handler = staffRoute(saveServiceYearRoute, async ({ params, body }, staff, ports) =>
  saveServiceYear(ports, staff, { roundId: params.roundId, request: body }),
);
