import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { getRetention } from '../use-cases/retention/get-retention.ts';
import { personalDataRepositories, retentionOfApplication } from './application-retention.ts';
import { applicationPath } from './staff-paths.ts';

export const getRetentionRoute = {
  ...retentionOfApplication,
  method: 'GET',
  path: `${applicationPath}/retention`,
  handler: 'get-retention',
  action: 'retention.read',
  summary:
    'Staff: how long the application’s personal data is kept and under which period, its legal hold, and whether ' +
    'it may be erased on request now; once removed, when and under which rule. Audited.',
  needs: {
    table: 'read',
    repositories: personalDataRepositories,
  },
} as const satisfies StaffRoute;

/** How long the application's personal data is kept, its hold, and whether it may be erased on request. */
export const run: StaffRun<typeof getRetentionRoute> = async ({ params }, staff, ports) =>
  getRetention(ports, staff, params.reference);
