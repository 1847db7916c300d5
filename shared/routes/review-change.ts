import { reference } from '../http/route-parts.ts';
import { reviewAnswer } from './staff-answers.ts';

/**
 * A social worker's decision on an application under review. It writes the application and its audit entry in
 * one transaction, so `readWrite` on the table goes with the audit log, and answers with the application and its
 * history, read from the log's `application` index (`appendAndHistory`).
 */
export const reviewChange = {
  access: 'staff',
  params: { reference },
  answers: reviewAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications'], audit: 'appendAndHistory' },
} as const;
