import { newPlanVersion } from '../../domain/support-plan-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { PlanResponse, PlanVersionBody } from '../../schemas/plans-api.ts';
import type { StaffContext } from '../staff/staff-context.ts';
import { changePlan, orRefuse, type PlanChangeInput } from './change-plan.ts';

/**
 * Draws up the participant's plan, or revises it by a new version with its reason. Every version is kept; a new
 * one needs a new agreement. Refused above the participant's budget, saying by how much.
 */
export async function drawUpPlan(
  ports: StaffPorts,
  staff: StaffContext,
  input: PlanChangeInput<PlanVersionBody>,
): Promise<PlanResponse> {
  return changePlan(ports, staff, input, (context, request) => {
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
}
