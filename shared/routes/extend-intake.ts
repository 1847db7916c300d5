import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { RoundResponseSchema } from '../schemas/api.ts';
import { ExtendIntakeRequestSchema } from '../schemas/round.ts';
import { extendIntake } from '../use-cases/admin/extend-intake.ts';
import { roundPath } from './staff-paths.ts';

export const extendIntakeRoute = {
  method: 'PUT',
  path: `${roundPath}/intake-window`,
  handler: 'extend-intake',
  access: 'administrator',
  action: 'intake.extend',
  summary:
    'Administrator: move the last day of intake later. This lifts an early closing, so intake opens again. Refused once the selection is published.',
  params: { roundId },
  body: ExtendIntakeRequestSchema,
  answers: { 200: { json: RoundResponseSchema } },
  refusals: [409, 422],
  needs: { table: 'readWrite', repositories: ['rounds', 'selectionRuns'] },
} as const satisfies StaffRoute;

/** Moves the last day of intake later. */
export const run: StaffRun<typeof extendIntakeRoute> = async ({ params, body }, staff, ports) =>
  extendIntake(ports, staff, { roundId: params.roundId, request: body });
