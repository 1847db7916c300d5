import type { PublicRoute } from '../http/route-declaration.ts';
import { documentType, reference } from '../http/route-parts.ts';
import type { PublicRun } from '../http/route-run.ts';
import { UploadFormResponseSchema } from '../schemas/api.ts';
import { createUploadForm } from '../use-cases/create-upload-form.ts';
import { applicantsOwn, ownApplication } from './applicants-own.ts';

export const createUploadFormRoute = {
  ...applicantsOwn,
  method: 'POST',
  path: '/applications/{reference}/documents/{documentType}',
  handler: 'create-upload-form',
  summary: 'A presigned POST form for one document (PDF, JPEG or PNG, at most 10 MB).',
  params: { reference, documentType },
  answers: { 200: { json: UploadFormResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'read', repositories: ['rounds', 'applications'], bucket: ['uploadForms'] },
} as const satisfies PublicRoute;

/** A presigned form to upload one document of a draft. */
export const run: PublicRun<typeof createUploadFormRoute> = async (input, { ports }) =>
  createUploadForm(await ports(), {
    ...ownApplication(input),
    documentType: input.params.documentType,
    now: input.receivedAt,
  });
