import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { PersonalDetailsCorrectionRequestSchema } from '../schemas/data-requests.ts';
import { correctPersonalDetails } from '../use-cases/data-requests/correct-personal-details.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const correctPersonalDetailsRoute = {
  method: 'PUT',
  path: `${applicationPath}/personal-details`,
  handler: 'correct-personal-details',
  access: 'staff',
  action: 'personal-details.correct',
  summary:
    'Staff: correct the person’s names, date of birth (new-format codes), contact details or representative’s ' +
    'details, with the reason (GDPR Art. 16). The application keeps only the new values; the audit entry keeps ' +
    'which fields changed, their earlier values and the reason, encrypted. 409 APPLICATION_ANONYMISED once the ' +
    'personal data was removed; 422 NOTHING_TO_CORRECT when nothing changes.',
  params: { reference },
  body: PersonalDetailsCorrectionRequestSchema,
  answers: reviewAnswer,
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications', 'personalData'], audit: 'appendAndHistory' },
} as const satisfies StaffRoute;

/** The person's names, contact or representative's details corrected, with the reason. */
export const run: StaffRun<typeof correctPersonalDetailsRoute> = async ({ params, body }, staff, ports) =>
  correctPersonalDetails(ports, staff, { reference: params.reference, request: body });
