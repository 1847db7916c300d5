import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { getStaffApplication } from '../use-cases/staff/get-staff-application.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const getStaffApplicationRoute = {
  method: 'GET',
  path: applicationPath,
  handler: 'get-staff-application',
  access: 'staff',
  action: 'application.read',
  summary: 'Staff: everything about one application, with its history. Audited.',
  params: { reference },
  answers: reviewAnswer,
  needs: { table: 'read', repositories: ['rounds', 'applications'], audit: 'appendAndHistory' },
} as const satisfies StaffRoute;

/** Everything about one application, with its history. */
export const run: StaffRun<typeof getStaffApplicationRoute> = async ({ params }, staff, ports) =>
  getStaffApplication(ports, staff, params.reference);
