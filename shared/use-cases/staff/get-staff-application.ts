import type { Ports } from '../../ports/index.ts';
import type { StaffApplicationResponse } from '../../schemas/staff-api.ts';
import { loadRound } from '../load-round.ts';
import { auditEntry, type StaffContext } from './staff-context.ts';
import { openStaffApplication } from './staff-scope.ts';
import { staffApplicationView } from './staff-view.ts';

/** One application with everything its social service may see; the read is audited before it is answered. */
export async function getStaffApplication(
  ports: Ports,
  staff: StaffContext,
  reference: string,
): Promise<StaffApplicationResponse> {
  const application = await openStaffApplication(ports, staff.identity, reference);
  const round = await loadRound(ports, application.roundId);
  const view = await staffApplicationView(ports, application, round);
  await ports.audit.append(
    auditEntry(staff, { roundId: round.id, reference, municipalityCode: application.person.municipalityCode }),
  );
  return view;
}
