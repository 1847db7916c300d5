import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { DocumentCheckRequestSchema } from '../schemas/staff-api.ts';
import { checkDocuments } from '../use-cases/staff/review-decisions.ts';
import { applicationChange } from './application-change.ts';
import { reviewChange } from './review-change.ts';
import { applicationPath } from './staff-paths.ts';

export const checkDocumentsRoute = {
  ...reviewChange,
  method: 'PUT',
  path: `${applicationPath}/document-check`,
  handler: 'check-documents',
  action: 'documents.check',
  summary: 'Staff: record whether the documents are in order.',
  body: DocumentCheckRequestSchema,
} as const satisfies StaffRoute;

/** Records whether the documents are in order. */
export const run: StaffRun<typeof checkDocumentsRoute> = async (input, staff, ports) =>
  checkDocuments(ports, staff, applicationChange(input));
