import { staffRoute } from '../shared/http/staff-route.ts';
import { liftHoldRoute } from '../shared/routes/lift-hold.ts';
import { liftHold } from '../shared/use-cases/retention/legal-hold.ts';

/** Lifts the legal hold: the round's retention applies again. */
export const handler = staffRoute(liftHoldRoute, async ({ params }, staff, ports) =>
  liftHold(ports, staff, params.reference),
);
