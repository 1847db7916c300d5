import type { StaffRoute } from '../http/route-declaration.ts';
import { roundId } from '../http/route-parts.ts';
import type { StaffRun } from '../http/route-run.ts';
import { ParticipantsQuerySchema, ParticipantsResponseSchema } from '../schemas/plans-api.ts';
import { listParticipants } from '../use-cases/plans/list-participants.ts';
import { roundPath } from './staff-paths.ts';

export const listParticipantsRoute = {
  method: 'GET',
  path: `${roundPath}/participants`,
  handler: 'list-participants',
  access: 'staff',
  action: 'participants.read',
  summary: 'Staff: a municipality’s participants of the round, each with the state of the plan and its money.',
  params: { roundId },
  query: ParticipantsQuerySchema,
  answers: { 200: { json: ParticipantsResponseSchema } },
  refusals: [422],
  needs: { table: 'read', repositories: ['rounds', 'applications', 'serviceYears', 'supportPlans'] },
} as const satisfies StaffRoute;

/** A municipality's participants of the round, with where each plan stands. */
export const run: StaffRun<typeof listParticipantsRoute> = async ({ params, query }, staff, ports) =>
  listParticipants(ports, staff, { roundId: params.roundId, municipality: query.municipality });
