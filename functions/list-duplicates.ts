import { staffRoute } from '../shared/http/staff-route.ts';
import { listDuplicatesRoute } from '../shared/routes/list-duplicates.ts';
import { listDuplicates } from '../shared/use-cases/staff/duplicates.ts';

/** The person's applications in the round, side by side. */
export const handler = staffRoute(listDuplicatesRoute, async ({ params }, staff, ports) =>
  listDuplicates(ports, staff, params.reference),
);
