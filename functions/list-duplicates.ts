import { staffRoute } from '../shared/http/route-handler.ts';
import { listDuplicates } from '../shared/use-cases/staff/duplicates.ts';

/** The person's applications in the round, side by side. */
export const handler = staffRoute('list-duplicates', async ({ params }, staff, ports) =>
  listDuplicates(ports, staff, params.reference),
);
