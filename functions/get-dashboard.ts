import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { roundParameter } from '../shared/http/staff-request.ts';
import { getDashboard } from '../shared/use-cases/selection/get-dashboard.ts';

/** GET /staff/rounds/{roundId}/dashboard: counts per municipality and state, for administrators. */
export const handler = staffHandler('get-dashboard', async (event, staff, ports) => {
  return json(200, await getDashboard(ports, staff, roundParameter(event)));
});
