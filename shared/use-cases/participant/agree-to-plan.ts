import { ConflictError, RuleViolationError } from '../../domain/errors.ts';
import { currentVersion } from '../../domain/support-plan-rules.ts';
import type { Ports } from '../../ports/index.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { ParticipantPlanResponse } from '../../schemas/participant-api.ts';
import type { SupportPlan } from '../../schemas/support-plan.ts';
import { CHANGED, retryWhileChanged } from '../retry-while-changed.ts';
import { loadServiceYear } from './load-service-year.ts';
import { openOwnPlan, type ParticipantRequest } from './open-plan.ts';
import { participantPlanView } from './plan-view.ts';

export interface AgreementRequest extends ParticipantRequest {
  /** The version the person read and agrees to. */
  version: number;
  /** Names the audit entry: one per request, even when an earlier attempt's answer was lost. */
  requestId: string;
}

/**
 * The participant agrees to the latest version of their plan online, with the access code. Agreeing again changes
 * nothing. Refused once the plan has ended, and when the version read is no longer the latest (the social worker
 * changed the plan meanwhile: the person reads the new one first). The agreement is stored on the version, over
 * the revision read, with an audit entry without a staff member, so the social service sees who agreed and when.
 */
export async function agreeToPlan(ports: Ports, request: AgreementRequest): Promise<ParticipantPlanResponse> {
  const plan = await retryWhileChanged('PLAN_VERSION_CHANGED', async () => {
    const { plan } = await openOwnPlan(ports, request);
    if (plan.end) throw new RuleViolationError([{ code: 'PLAN_ENDED' }]);
    const version = currentVersion(plan);
    if (version.version !== request.version) throw new ConflictError('PLAN_VERSION_CHANGED');
    if (version.agreement) return plan;
    const agreed: SupportPlan = {
      ...plan,
      versions: [
        ...plan.versions.slice(0, -1),
        { ...version, agreement: { how: 'online', at: request.now.toISOString() } },
      ],
    };
    return (await ports.supportPlans.save(agreed, { isNew: false, audit: agreementEntry(plan, request) })) ?? CHANGED;
  });
  return participantPlanView(plan, await loadServiceYear(ports, plan.roundId));
}

/** No actor: the person is no staff member, and the audit log never holds their name. */
function agreementEntry(plan: SupportPlan, request: AgreementRequest): AuditEntry {
  return {
    id: request.requestId,
    at: request.now.toISOString(),
    action: 'plan.agree-online',
    roundId: plan.roundId,
    reference: plan.reference,
    municipalityCode: plan.municipalityCode,
    outcome: 'succeeded',
  };
}
