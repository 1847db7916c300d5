import { staffRoute } from '../shared/http/staff-route.ts';
import { getRetentionRoute } from '../shared/routes/get-retention.ts';
import { getRetention } from '../shared/use-cases/retention/get-retention.ts';

/** How long the application's personal data is kept, its hold, and whether it may be erased on request. */
export const handler = staffRoute(getRetentionRoute, async ({ params }, staff, ports) =>
  getRetention(ports, staff, params.reference),
);
