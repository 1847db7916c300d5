import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { IntakeWindowResponseSchema } from '../schemas/intake-api.ts';
import { getIntakeWindow } from '../use-cases/admin/get-intake-window.ts';
import { roundPath } from './staff-paths.ts';

export const getIntakeWindowRoute = {
  method: 'GET',
  path: `${roundPath}/intake-window`,
  handler: 'get-intake-window',
  access: 'administrator',
  action: 'intake.read',
  summary:
    'Administrator: the round’s intake window with who changed it and when, and when the selection was published (intake is final from then on).',
  params: { roundId },
  answers: { 200: { json: IntakeWindowResponseSchema } },
  needs: { table: 'read', repositories: ['rounds', 'selectionRuns'] },
} as const satisfies StaffRoute;

/** The round's intake window with who changed it, and whether the selection was published. */
export const run: StaffRun<typeof getIntakeWindowRoute> = async ({ params }, staff, ports) =>
  getIntakeWindow(ports, staff, params.roundId);
