import type { StaffPorts } from '../../ports/index.ts';
import type { PlanResponse } from '../../schemas/plans-api.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { openParticipant } from './participant.ts';
import { planView } from './plan-view.ts';

/** A participant's year: the plan with every version, the months, reviews and end; the read is audited. */
export async function getSupportPlan(ports: StaffPorts, staff: StaffContext, reference: string): Promise<PlanResponse> {
  const { application, plan, serviceYear, target } = await openParticipant(ports, reference);
  await ports.audit.append(auditEntry(staff, target));
  return planView(application, serviceYear, plan);
}
