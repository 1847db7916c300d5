import { staffRoute } from '../shared/http/route-handler.ts';
import { createPaperUploadForm } from '../shared/use-cases/staff/paper-applications.ts';

/** A form to upload one scanned document of a registered paper application. */
export const handler = staffRoute('create-paper-upload-form', async ({ params }, staff, ports) =>
  createPaperUploadForm(ports, staff, { reference: params.reference, documentType: params.documentType }),
);
