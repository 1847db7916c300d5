import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ErasureRequestSchema } from '../schemas/retention.ts';
import { eraseApplication } from '../use-cases/retention/erase-application.ts';
import { personalDataRepositories, retentionOfApplication } from './application-retention.ts';
import { applicationPath } from './staff-paths.ts';

export const eraseApplicationRoute = {
  ...retentionOfApplication,
  method: 'POST',
  path: `${applicationPath}/erasure`,
  handler: 'erase-application',
  action: 'application.erase',
  summary:
    'Staff: at the person’s request, identity checked at the office, erase their personal data and every version ' +
    'of the documents now, keeping an anonymised record. Refused (409) while the application is on hold ' +
    '(ERASURE_REFUSED_ON_HOLD) and once a published selection included it (ERASURE_REFUSED_PUBLISHED_SELECTION).',
  body: ErasureRequestSchema,
  refusals: [409, 422],
  needs: {
    table: 'readWrite',
    repositories: personalDataRepositories,
    bucket: ['eraseDocuments'],
  },
} as const satisfies StaffRoute;

/** Erasure on request: the same removal as the retention job's, now, unless the law requires keeping the data. */
export const run: StaffRun<typeof eraseApplicationRoute> = async ({ params, body }, staff, ports) =>
  eraseApplication(ports, staff, { reference: params.reference, request: body });
