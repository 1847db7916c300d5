import { newPlanVersion } from '../../domain/support-plan-rules.ts';
import type { PlanVersionBody } from '../../schemas/plans-api.ts';
import { changePlan, orRefuse } from './change-plan.ts';

/**
 * Draws up the participant's plan, or revises it by a new version with its reason. Every version is kept; a new
 * one needs a new agreement. Refused above the participant's budget, saying by how much.
 */
export const drawUpPlan = changePlan<PlanVersionBody>((context, request) => {
  const { serviceYear, at, by, plan, target } = context;
  const version = orRefuse(
    newPlanVersion(request, plan, { serviceYear, municipalityCode: target.municipalityCode, at, by }),
  );
  return {
    plan: plan
      ? { ...plan, versions: [...plan.versions, version] }
      : { ...target, versions: [version], deliveries: [], replacedDeliveries: [], reviews: [], revision: 0 },
  };
});
