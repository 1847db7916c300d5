import { staffRoute } from '../shared/http/staff-route.ts';
import { getStaffApplicationRoute } from '../shared/routes/get-staff-application.ts';
import { getStaffApplication } from '../shared/use-cases/staff/get-staff-application.ts';

/** Everything about one application, with its history. */
export const handler = staffRoute(getStaffApplicationRoute, async ({ params }, staff, ports) =>
  getStaffApplication(ports, staff, params.reference),
);
