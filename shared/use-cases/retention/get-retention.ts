import type { StaffPorts } from '../../ports/index.ts';
import type { RetentionResponse } from '../../schemas/retention.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { openRetentionSubject, retentionTarget, retentionView } from './retention-view.ts';

/** How long an application's personal data is kept, its hold, and whether it may be erased now; audited. */
export async function getRetention(
  ports: StaffPorts,
  staff: StaffContext,
  reference: string,
): Promise<RetentionResponse> {
  const subject = await openRetentionSubject(ports, reference);
  const view = await retentionView(ports, subject);
  await ports.audit.append(auditEntry(staff, retentionTarget(subject)));
  return view;
}
