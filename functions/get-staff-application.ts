import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { getStaffApplication } from '../shared/use-cases/staff/get-staff-application.ts';

/** GET /staff/applications/{reference}: everything about one application of the staff member's municipality. */
export const handler = staffHandler('get-staff-application', async (event, staff, ports) => {
  return json(200, await getStaffApplication(ports, staff, referenceParameter(event)));
});
