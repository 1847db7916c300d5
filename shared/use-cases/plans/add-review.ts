import type { StaffPorts } from '../../ports/index.ts';
import type { PlanResponse, PlanReviewBody } from '../../schemas/plans-api.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { changePlan, openPlan } from './change-plan.ts';

/** A review of how the year goes, with the social worker's notes; reviews are added, never changed. */
export async function addReview(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: PlanReviewBody },
): Promise<PlanResponse> {
  const { revision, note } = input.request;
  return changePlan(ports, staff, { reference: input.reference, revision }, (context) => {
    const plan = openPlan(context);
    return { plan: { ...plan, reviews: [...plan.reviews, { note, at: context.at, by: context.by }] } };
  });
}
