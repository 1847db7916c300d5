import { NotFoundError } from '../../domain/errors.ts';
import type { Ports } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';
import { openApplication } from '../open-application.ts';

/** What the participant's requests carry: the reference and the access code, and when the request came. */
export interface ParticipantRequest {
  reference: string;
  accessCode: string;
  now: Date;
}

/**
 * The application behind the reference, for the holder of its access code (a wrong code reads as not found,
 * as on the status page), and its own support plan: the plan is looked up by the application's round,
 * municipality and reference, so no other person's plan can be reached. Without a plan, `PLAN_NOT_READY`.
 */
export async function openOwnPlan(
  ports: Pick<Ports, 'applications' | 'keyring' | 'supportPlans'>,
  request: ParticipantRequest,
): Promise<{ application: Application; plan: SupportPlan }> {
  const application = await openApplication(ports, request.reference, request.accessCode, request.now);
  const plan = await ports.supportPlans.get({
    roundId: application.roundId,
    municipalityCode: application.person.municipalityCode,
    reference: application.reference,
  });
  if (!plan) throw new NotFoundError('PLAN_NOT_READY');
  return { application, plan };
}
