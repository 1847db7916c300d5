import { json } from '../shared/http/responses.ts';
import { staffHandler } from '../shared/http/staff-handler.ts';
import { documentTypeParameter, referenceParameter } from '../shared/http/staff-request.ts';
import { createPaperUploadForm } from '../shared/use-cases/staff/paper-applications.ts';

/** POST /staff/applications/{reference}/paper-documents/{documentType}: a form to upload one scanned document. */
export const handler = staffHandler('create-paper-upload-form', async (event, staff, ports) => {
  const reference = referenceParameter(event);
  const documentType = documentTypeParameter(event);
  return json(200, await createPaperUploadForm(ports, staff, { reference, documentType }));
});
