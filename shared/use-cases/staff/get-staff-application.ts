import type { StaffPorts } from '../../ports/index.ts';
import type { StaffApplicationResponse } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';
import { staffApplicationView } from './staff-view.ts';

/** One application with everything its social service may see; the read is audited before it is answered. */
export async function getStaffApplication(
  ports: StaffPorts,
  staff: StaffContext,
  reference: string,
): Promise<StaffApplicationResponse> {
  const application = await ports.applications.open(reference);
  const round = await loadRound(ports, application.roundId);
  const view = await staffApplicationView(ports, application, round);
  await ports.audit.append(
    auditEntry(staff, { roundId: round.id, reference, municipalityCode: application.person.municipalityCode }),
  );
  return view;
}
