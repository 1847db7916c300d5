import { staffRoute } from '../shared/http/staff-route.ts';
import { placeHoldRoute } from '../shared/routes/place-hold.ts';
import { placeHold } from '../shared/use-cases/retention/legal-hold.ts';

/** Puts the application on legal hold: nothing of it is removed until the hold is lifted. */
export const handler = staffRoute(placeHoldRoute, async ({ params, body }, staff, ports) =>
  placeHold(ports, staff, { reference: params.reference, request: body }),
);
