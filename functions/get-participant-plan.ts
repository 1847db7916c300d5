import { publicRoute } from '../shared/http/public-route.ts';
import { getParticipantPlanRoute } from '../shared/routes/get-participant-plan.ts';
import { getParticipantPlan } from '../shared/use-cases/participant/get-participant-plan.ts';

/** The support plan, for the participant who holds the access code. */
export const handler = publicRoute(getParticipantPlanRoute, async ({ params, headers, receivedAt }, { ports }) =>
  getParticipantPlan(await ports(), { reference: params.reference, accessCode: headers.accessCode, now: receivedAt }),
);
