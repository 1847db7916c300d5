import type { Ports } from '../../ports/index.ts';
import type { ParticipantPlanResponse } from '../../schemas/participant-api.ts';
import { loadServiceYear } from './load-service-year.ts';
import { openOwnPlan, type ParticipantRequest } from './open-plan.ts';
import { participantPlanView } from './plan-view.ts';

/** The participant's support plan, as they may see it with their access code. */
export async function getParticipantPlan(ports: Ports, request: ParticipantRequest): Promise<ParticipantPlanResponse> {
  const { plan } = await openOwnPlan(ports, request);
  return participantPlanView(plan, await loadServiceYear(ports, plan.roundId));
}
