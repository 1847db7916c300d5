import { staffRoute } from '../shared/http/staff-route.ts';
import { checkDocumentsRoute } from '../shared/routes/check-documents.ts';
import { checkDocuments } from '../shared/use-cases/staff/review-decisions.ts';

/** Records whether the documents are in order. */
export const handler = staffRoute(checkDocumentsRoute, async ({ params, body }, staff, ports) =>
  checkDocuments(ports, staff, { reference: params.reference, request: body }),
);
