import type { PlanReviewBody } from '../../schemas/plans-api.ts';
import { changePlan, openPlan } from './change-plan.ts';

/** A review of how the year goes, with the social worker's notes; reviews are added, never changed. */
export const addReview = changePlan<PlanReviewBody>((context, { note }) => {
  const plan = openPlan(context);
  return { plan: { ...plan, reviews: [...plan.reviews, { note, at: context.at, by: context.by }] } };
});
