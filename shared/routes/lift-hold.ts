import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { liftHold } from '../use-cases/retention/legal-hold.ts';
import { personalDataRepositories, retentionOfApplication } from './application-retention.ts';
import { applicationPath } from './staff-paths.ts';

export const liftHoldRoute = {
  ...retentionOfApplication,
  method: 'DELETE',
  path: `${applicationPath}/hold`,
  handler: 'lift-hold',
  action: 'hold.lift',
  summary: 'Staff: lift the legal hold; the round’s retention applies again.',
  refusals: [409],
  needs: {
    table: 'readWrite',
    repositories: personalDataRepositories,
  },
} as const satisfies StaffRoute;

/** Lifts the legal hold: the round's retention applies again. */
export const run: StaffRun<typeof liftHoldRoute> = async ({ params }, staff, ports) =>
  liftHold(ports, staff, params.reference);
