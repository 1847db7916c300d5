import { staffRoute } from '../shared/http/route-handler.ts';
import { correctPersonalDetails } from '../shared/use-cases/data-requests/correct-personal-details.ts';

/** The person's names, contact or representative's details corrected, with the reason. */
export const handler = staffRoute('correct-personal-details', async ({ params, body }, staff, ports) =>
  correctPersonalDetails(ports, staff, { reference: params.reference, request: body }),
);
