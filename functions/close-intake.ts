import { staffRoute } from '../shared/http/staff-route.ts';
import { closeIntakeRoute } from '../shared/routes/close-intake.ts';
import { closeIntake } from '../shared/use-cases/admin/close-intake.ts';

/** Closes open intake early; it takes effect a little later. */
export const handler = staffRoute(closeIntakeRoute, async ({ params }, staff, ports) =>
  closeIntake(ports, staff, params.roundId),
);
