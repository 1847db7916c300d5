import { staffRoute } from '../shared/http/staff-route.ts';
import { getIntakeWindowRoute } from '../shared/routes/get-intake-window.ts';
import { getIntakeWindow } from '../shared/use-cases/admin/get-intake-window.ts';

/** The round's intake window with who changed it, and whether the selection was published. */
export const handler = staffRoute(getIntakeWindowRoute, async ({ params }, staff, ports) =>
  getIntakeWindow(ports, staff, params.roundId),
);
