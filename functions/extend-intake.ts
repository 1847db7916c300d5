import { staffRoute } from '../shared/http/staff-route.ts';
import { extendIntakeRoute } from '../shared/routes/extend-intake.ts';
import { extendIntake } from '../shared/use-cases/admin/extend-intake.ts';

/** Moves the last day of intake later. */
export const handler = staffRoute(extendIntakeRoute, async ({ params, body }, staff, ports) =>
  extendIntake(ports, staff, { roundId: params.roundId, request: body }),
);
