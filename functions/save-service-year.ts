import { staffRoute } from '../shared/http/route-handler.ts';
import { saveServiceYear } from '../shared/use-cases/service-year/save-service-year.ts';

/** Sets up or replaces the round's year of services, over the revision read. */
export const handler = staffRoute('save-service-year', async ({ params, body }, staff, ports) =>
  saveServiceYear(ports, staff, { roundId: params.roundId, request: body }),
);
