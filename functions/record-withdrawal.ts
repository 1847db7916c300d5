import { staffRoute } from '../shared/http/staff-route.ts';
import { recordWithdrawalRoute } from '../shared/routes/record-withdrawal.ts';
import { recordWithdrawal } from '../shared/use-cases/selection/record-withdrawal.ts';

/** The person gave up; a freed place goes to the first on the waiting list. */
export const handler = staffRoute(recordWithdrawalRoute, async ({ params, body }, staff, ports) =>
  recordWithdrawal(ports, staff, { reference: params.reference, request: body }),
);
