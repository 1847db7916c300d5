import { staffRoute } from '../shared/http/route-handler.ts';
import { getStaffApplication } from '../shared/use-cases/staff/get-staff-application.ts';

/** Everything about one application, with its history. */
export const handler = staffRoute('get-staff-application', async ({ params }, staff, ports) =>
  getStaffApplication(ports, staff, params.reference),
);
