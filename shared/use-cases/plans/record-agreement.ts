import type { PlanAgreementBody } from '../../schemas/plans-api.ts';
import { changePlan, notInFuture, openPlan } from './change-plan.ts';

/**
 * The participant signed the current version on paper, on the day given. A version agreed already keeps its
 * agreement: the signature of a version is never replaced, and a change of the plan is a new version.
 */
export const recordAgreement = changePlan<PlanAgreementBody>((context, { signedOn }) => {
  const plan = openPlan(context);
  notInFuture(signedOn, context.today, 'signedOn');
  const versions = plan.versions.map((version, index) =>
    index === plan.versions.length - 1 && !version.agreement
      ? { ...version, agreement: { how: 'paper' as const, signedOn, recordedBy: context.by, at: context.at } }
      : version,
  );
  return { plan: { ...plan, versions } };
});
