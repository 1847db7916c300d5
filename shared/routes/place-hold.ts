import type { StaffRoute } from '../http/route-declaration.ts';
import type { StaffRun } from '../http/route-run.ts';
import { HoldRequestSchema } from '../schemas/retention.ts';
import { placeHold } from '../use-cases/retention/legal-hold.ts';
import { personalDataRepositories, retentionOfApplication } from './application-retention.ts';
import { applicationPath } from './staff-paths.ts';

export const placeHoldRoute = {
  ...retentionOfApplication,
  method: 'PUT',
  path: `${applicationPath}/hold`,
  handler: 'place-hold',
  action: 'hold.place',
  summary:
    'Staff: put the application on legal hold (an appeal, or another reason written down): nothing of it is ' +
    'removed, by the retention job or on request, until the hold is lifted. 409 ERASURE_IN_PROGRESS once its ' +
    'removal has begun.',
  body: HoldRequestSchema,
  refusals: [409, 422],
  needs: {
    table: 'readWrite',
    repositories: personalDataRepositories,
  },
} as const satisfies StaffRoute;

/** Puts the application on legal hold: nothing of it is removed until the hold is lifted. */
export const run: StaffRun<typeof placeHoldRoute> = async ({ params, body }, staff, ports) =>
  placeHold(ports, staff, { reference: params.reference, request: body });
