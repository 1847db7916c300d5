import { staffRoute } from '../shared/http/staff-route.ts';
import { createPaperUploadFormRoute } from '../shared/routes/create-paper-upload-form.ts';
import { createPaperUploadForm } from '../shared/use-cases/staff/paper-applications.ts';

/** A form to upload one scanned document of a registered paper application. */
export const handler = staffRoute(createPaperUploadFormRoute, async ({ params }, staff, ports) =>
  createPaperUploadForm(ports, staff, { reference: params.reference, documentType: params.documentType }),
);
