import { staffRoute } from '../shared/http/staff-route.ts';
import { eraseApplicationRoute } from '../shared/routes/erase-application.ts';
import { eraseApplication } from '../shared/use-cases/retention/erase-application.ts';

/** Erasure on request: the same removal as the retention job's, now, unless the law requires keeping the data. */
export const handler = staffRoute(eraseApplicationRoute, async ({ params, body }, staff, ports) =>
  eraseApplication(ports, staff, { reference: params.reference, request: body }),
);
