import { staffRoute } from '../shared/http/staff-route.ts';
import { resolveDuplicatesRoute } from '../shared/routes/resolve-duplicates.ts';
import { resolveDuplicates } from '../shared/use-cases/staff/duplicates.ts';

/** Which of the person's applications stands, and why. */
export const handler = staffRoute(resolveDuplicatesRoute, async ({ params, body }, staff, ports) =>
  resolveDuplicates(ports, staff, { reference: params.reference, request: body }),
);
