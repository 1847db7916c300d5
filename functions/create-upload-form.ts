import { publicRoute } from '../shared/http/public-route.ts';
import { createUploadFormRoute } from '../shared/routes/create-upload-form.ts';
import { createUploadForm } from '../shared/use-cases/create-upload-form.ts';

/** A presigned form to upload one document of a draft. */
export const handler = publicRoute(createUploadFormRoute, async ({ params, headers, receivedAt }, { ports }) =>
  createUploadForm(await ports(), {
    reference: params.reference,
    accessCode: headers.accessCode,
    documentType: params.documentType,
    now: receivedAt,
  }),
);
