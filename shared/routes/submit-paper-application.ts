import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { submitPaperApplication } from '../use-cases/staff/paper-applications.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';
import { submitNeeds } from './submission-needs.ts';

export const submitPaperApplicationRoute = {
  method: 'POST',
  path: `${applicationPath}/paper-submission`,
  handler: 'submit-paper-application',
  access: 'staff',
  action: 'paper.submit',
  summary: 'Social worker: submit a registered paper application once its documents have arrived.',
  params: { reference },
  answers: reviewAnswer,
  refusals: [422],
  needs: {
    table: 'readWrite',
    repositories: ['rounds', 'applications'],
    bucket: submitNeeds,
    audit: 'appendAndHistory',
  },
} as const satisfies StaffRoute;

/** Submits a registered paper application once its scans have arrived. */
export const run: StaffRun<typeof submitPaperApplicationRoute> = async ({ params }, staff, ports) =>
  submitPaperApplication(ports, staff, params.reference);
