import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { WaitingCountsResponseSchema } from '../schemas/staff-api.ts';
import { countWaiting } from '../use-cases/staff/waiting-counts.ts';
import { queueNeeds } from './queue-read.ts';
import { roundPath } from './staff-paths.ts';

export const countWaitingRoute = {
  method: 'GET',
  path: `${roundPath}/waiting`,
  handler: 'count-waiting',
  access: 'staff',
  action: 'waiting.read',
  summary:
    'Staff: how many applications wait to be reviewed or for a decision on a possible duplicate, per ' +
    'municipality: a social worker’s own, every one for administrators.',
  params: { roundId },
  answers: { 200: { json: WaitingCountsResponseSchema } },
  needs: queueNeeds,
} as const satisfies StaffRoute;

/** How many of the round's applications wait for a social worker, per municipality the caller may see. */
export const run: StaffRun<typeof countWaitingRoute> = async ({ params }, staff, ports) =>
  countWaiting(ports, staff, params.roundId);
