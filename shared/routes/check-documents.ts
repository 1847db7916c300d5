import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { DocumentCheckRequestSchema } from '../schemas/staff-api.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const checkDocumentsRoute = {
  method: 'PUT',
  path: `${applicationPath}/document-check`,
  handler: 'check-documents',
  access: 'staff',
  action: 'documents.check',
  summary: 'Staff: record whether the documents are in order.',
  params: { reference },
  body: DocumentCheckRequestSchema,
  answers: reviewAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], audit: 'appendAndHistory' },
} as const satisfies StaffRoute;

/** What the run calls; `functions/check-documents.ts` imports it. */
type Uses = typeof import('../use-cases/staff/review-decisions.ts');

/** Records whether the documents are in order. */
export const run: StaffRun<typeof checkDocumentsRoute, Uses> = async (
  { checkDocuments },
  { params, body },
  staff,
  ports,
) => checkDocuments(ports, staff, { reference: params.reference, request: body });
