import type { StaffPorts } from '../../ports/index.ts';
import type { PlanResponse, PlanReviewBody } from '../../schemas/plans-api.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { changePlan, openPlan, type PlanChangeInput } from './change-plan.ts';

/** A review of how the year goes, with the social worker's notes; reviews are added, never changed. */
export async function addReview(
  ports: StaffPorts,
  staff: StaffContext,
  input: PlanChangeInput<PlanReviewBody>,
): Promise<PlanResponse> {
  return changePlan(ports, staff, input, (context, { note }) => {
    const plan = openPlan(context);
    return { plan: { ...plan, reviews: [...plan.reviews, { note, at: context.at, by: context.by }] } };
  });
}
