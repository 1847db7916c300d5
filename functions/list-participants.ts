import { staffRoute } from '../shared/http/staff-route.ts';
import { listParticipantsRoute } from '../shared/routes/list-participants.ts';
import { listParticipants } from '../shared/use-cases/plans/list-participants.ts';

/** A municipality's participants of the round, with where each plan stands. */
export const handler = staffRoute(listParticipantsRoute, async ({ params, query }, staff, ports) =>
  listParticipants(ports, staff, { roundId: params.roundId, municipality: query.municipality }),
);
