import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { listDuplicates } from '../shared/use-cases/staff/duplicates.ts';

/** GET /staff/applications/{reference}/duplicates: the person's applications in the round, side by side. */
export const handler = staffHandler('list-duplicates', async (event, staff, ports) => {
  return json(200, await listDuplicates(ports, staff, referenceParameter(event)));
});
