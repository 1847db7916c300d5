import { EARLY_CLOSING_DELAY_MS } from '../domain/round-rules.ts';
import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { RoundResponseSchema } from '../schemas/api.ts';
import { closeIntake } from '../use-cases/admin/close-intake.ts';
import { roundPath } from './staff-paths.ts';

export const closeIntakeRoute = {
  method: 'POST',
  path: `${roundPath}/intake-closure`,
  handler: 'close-intake',
  access: 'administrator',
  action: 'intake.close',
  summary: `Administrator: close open intake early. It closes ${EARLY_CLOSING_DELAY_MS / 1000} seconds after the request (window.closedEarlyAt), so that every submission already on its way is decided by its receipt time.`,
  params: { roundId },
  answers: { 200: { json: RoundResponseSchema } },
  refusals: [409],
  needs: { table: 'readWrite', repositories: ['rounds'] },
} as const satisfies StaffRoute;

/** Closes open intake early; it takes effect a little later. */
export const run: StaffRun<typeof closeIntakeRoute> = async ({ params }, staff, ports) =>
  closeIntake(ports, staff, params.roundId);
