import type { StaffRoute } from '../http/route-declaration.ts';
import { documentType, reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { UploadFormResponseSchema } from '../schemas/api.ts';
import { createPaperUploadForm } from '../use-cases/staff/paper-applications.ts';
import { applicationPath } from './staff-paths.ts';

export const createPaperUploadFormRoute = {
  method: 'POST',
  path: `${applicationPath}/paper-documents/{documentType}`,
  handler: 'create-paper-upload-form',
  access: 'staff',
  action: 'paper.upload-form',
  summary: 'Social worker: a presigned POST form for one scanned document of a registered paper application.',
  params: { reference, documentType },
  answers: { 200: { json: UploadFormResponseSchema } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'applications'], bucket: ['uploadForms'] },
} as const satisfies StaffRoute;

/** A form to upload one scanned document of a registered paper application. */
export const run: StaffRun<typeof createPaperUploadFormRoute> = async ({ params }, staff, ports) =>
  createPaperUploadForm(ports, staff, {
    reference: params.reference,
    documentType: params.documentType,
  });
