import { staffRoute } from '../shared/http/staff-route.ts';
import { countWaitingRoute } from '../shared/routes/count-waiting.ts';
import { countWaiting } from '../shared/use-cases/staff/waiting-counts.ts';

/** How many of the round's applications wait for a social worker, per municipality the caller may see. */
export const handler = staffRoute(countWaitingRoute, async ({ params }, staff, ports) =>
  countWaiting(ports, staff, params.roundId),
);
