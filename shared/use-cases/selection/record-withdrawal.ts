import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { WithdrawalRequest } from '../../schemas/selection-api.ts';
import type { StaffApplicationResponse } from '../../schemas/staff-api.ts';
import { retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext, staffRef } from '../staff/staff-context.ts';
import { staffApplicationView } from '../staff/staff-view.ts';
import { openSubmitted, saveAndView } from '../staff/submitted-change.ts';
import { offerFreedPlace } from './offer-freed-place.ts';

/**
 * Records that the person gave up their application or place. After publication, a selected person's place goes
 * to the first on the municipality's waiting list, who is offered it (and e-mailed by the stream); both changes
 * and the audit entry are one transaction. Before publication the latest run just becomes stale.
 */
export async function recordWithdrawal(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: WithdrawalRequest },
): Promise<StaffApplicationResponse> {
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const { application, round } = await openSubmitted(ports, input.reference);
    const target = {
      roundId: round.id,
      reference: application.reference,
      municipalityCode: application.person.municipalityCode,
    };
    if (application.withdrawal) {
      await ports.audit.append(auditEntry(staff, target, 'succeeded', 'ALREADY_WITHDRAWN'));
      return staffApplicationView(ports, application, round);
    }
    const withdrawn: ScopedApplication = {
      ...application,
      withdrawal: { reason: input.request.reason, by: staffRef(staff.identity), at: staff.at.toISOString() },
    };
    const promoted = await offerFreedPlace(ports, round, application, staff.at);
    const audit = auditEntry(staff, { ...target, ...(promoted && { related: [promoted.reference] }) });
    return saveAndView(ports, round, promoted ? [withdrawn, promoted] : [withdrawn], audit);
  });
}
