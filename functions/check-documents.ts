import { jsonBody } from '../shared/http/request.ts';
import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { referenceParameter } from '../shared/http/staff-request.ts';
import { DocumentCheckRequestSchema } from '../shared/schemas/staff-api.ts';
import { checkDocuments } from '../shared/use-cases/staff/review-decisions.ts';

/** PUT /staff/applications/{reference}/document-check: records whether the documents are in order. */
export const handler = staffHandler('check-documents', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const request = jsonBody(event, DocumentCheckRequestSchema);
  return json(200, await checkDocuments(ports, staff, { reference, request }));
});
