import { type Deployment, processingRecord } from '../../domain/processing-record.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ProcessingRecordResponse } from '../../schemas/processing-record.ts';
import { requireAdministrator } from '../service-year/administrators-only.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';

/**
 * The record of processing activities for administrators: the code's declarations with every round's retention
 * periods and where the running system keeps its data. Reading it is audited like every staff read.
 */
export async function getProcessingRecord(
  ports: Pick<StaffPorts, 'rounds' | 'audit'>,
  staff: StaffContext,
  deployment: Deployment,
): Promise<ProcessingRecordResponse> {
  requireAdministrator(staff);
  const rounds = await ports.rounds.list();
  await ports.audit.append(auditEntry(staff, {}));
  return processingRecord({ rounds, deployment, at: staff.at });
}
