import { staffRoute } from '../shared/http/route-handler.ts';
import { resolveDuplicates } from '../shared/use-cases/staff/duplicates.ts';

/** Which of the person's applications stands, and why. */
export const handler = staffRoute('resolve-duplicates', async ({ params, body }, staff, ports) =>
  resolveDuplicates(ports, staff, { reference: params.reference, request: body }),
);
