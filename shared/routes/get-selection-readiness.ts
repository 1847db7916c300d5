import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { SelectionReadinessResponseSchema } from '../schemas/selection-api.ts';
import { getSelectionReadiness } from '../use-cases/selection/selection-readiness.ts';
import { roundPath } from './staff-paths.ts';

export const getSelectionReadinessRoute = {
  method: 'GET',
  path: `${roundPath}/selection-readiness`,
  handler: 'get-selection-readiness',
  access: 'staff',
  action: 'selection.read',
  summary:
    'Staff: what stops the selection from running now: applications without a decision, per municipality and review state (own municipality).',
  params: { roundId },
  answers: { 200: { json: SelectionReadinessResponseSchema } },
  needs: { table: 'read', repositories: ['rounds', 'applications', 'retention'] },
} as const satisfies StaffRoute;

/** The applications still waiting for a decision, per municipality (own municipality). */
export const run: StaffRun<typeof getSelectionReadinessRoute> = async ({ params }, staff, ports) =>
  getSelectionReadiness(ports, staff, params.roundId);
