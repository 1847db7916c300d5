import type { StaffPorts } from '../../ports/index.ts';
import type { PlanAgreementBody, PlanResponse } from '../../schemas/plans-api.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { changePlan, notInFuture, openPlan, type PlanChangeInput } from './change-plan.ts';

/**
 * The participant signed the current version on paper, on the day given. A version agreed already keeps its
 * agreement: the signature of a version is never replaced, and a change of the plan is a new version.
 */
export async function recordAgreement(
  ports: StaffPorts,
  staff: StaffContext,
  input: PlanChangeInput<PlanAgreementBody>,
): Promise<PlanResponse> {
  return changePlan(ports, staff, input, (context, { signedOn }) => {
    const plan = openPlan(context);
    notInFuture(signedOn, context.today, 'signedOn');
    const versions = plan.versions.map((version, index) =>
      index === plan.versions.length - 1 && !version.agreement
        ? { ...version, agreement: { how: 'paper' as const, signedOn, recordedBy: context.by, at: context.at } }
        : version,
    );
    return { plan: { ...plan, versions } };
  });
}
