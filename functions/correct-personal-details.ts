import { staffRoute } from '../shared/http/staff-route.ts';
import { correctPersonalDetailsRoute } from '../shared/routes/correct-personal-details.ts';
import { correctPersonalDetails } from '../shared/use-cases/data-requests/correct-personal-details.ts';

/** The person's names, contact or representative's details corrected, with the reason. */
export const handler = staffRoute(correctPersonalDetailsRoute, async ({ params, body }, staff, ports) =>
  correctPersonalDetails(ports, staff, { reference: params.reference, request: body }),
);
