import type { StaffRoute } from '../http/route-declaration.ts';
import { reference } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { WithdrawalRequestSchema } from '../schemas/selection-api.ts';
import { recordWithdrawal } from '../use-cases/selection/record-withdrawal.ts';
import { reviewAnswer } from './staff-answers.ts';
import { applicationPath } from './staff-paths.ts';

export const recordWithdrawalRoute = {
  method: 'PUT',
  path: `${applicationPath}/withdrawal`,
  handler: 'record-withdrawal',
  access: 'staff',
  action: 'application.withdraw',
  summary: 'Staff: the person gave up; after publication a freed place is offered to the first on the waiting list.',
  params: { reference },
  body: WithdrawalRequestSchema,
  answers: reviewAnswer,
  refusals: [409],
  needs: { table: 'readWrite', repositories: ['rounds', 'applications', 'selectionRuns'], audit: 'appendAndHistory' },
} as const satisfies StaffRoute;

/** The person gave up; a freed place goes to the first on the waiting list. */
export const run: StaffRun<typeof recordWithdrawalRoute> = async ({ params, body }, staff, ports) =>
  recordWithdrawal(ports, staff, { reference: params.reference, request: body });
