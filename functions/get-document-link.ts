import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { documentTypeParameter, referenceParameter } from '../shared/http/staff-request.ts';
import { getDocumentLink } from '../shared/use-cases/staff/get-document-link.ts';

/**
 * GET /staff/applications/{reference}/documents/{documentType}: a short-lived download link, only to a document
 * the malware scan found clean (409 with the reason otherwise).
 */
export const handler = staffHandler('get-document-link', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const documentType = documentTypeParameter(event);
  return json(200, await getDocumentLink(ports, staff, { reference, documentType }));
});
