import { ConflictError, RuleViolationError } from '../../domain/errors.ts';
import { erasureRefusal } from '../../domain/retention-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ErasureRequest, RetentionResponse } from '../../schemas/retention.ts';
import { CHANGED, retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { removePersonalData } from './remove-personal-data.ts';
import { openRetentionSubject, retentionTarget, retentionView, tookPartInPublished } from './retention-view.ts';

/**
 * Erasure on request (GDPR Art. 17): the person asked at the office, and the staff member checked who they are.
 * The same removal as the retention job's, at once: every version of the documents and every personal field go,
 * the anonymised record stays. Refused, with the reason, where the law requires keeping the data: while the
 * application is on hold (an appeal), and once a published selection included it (its result must stay
 * provable; the round's retention removes it later). Before publication it is allowed, whatever the review
 * decided so far: the application leaves the selection, and a run computed with it becomes stale. Erasing an
 * application whose data is gone already changes nothing. Audited, with the removal, in one transaction.
 */
export async function eraseApplication(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: ErasureRequest },
): Promise<RetentionResponse> {
  if (!input.request.identityChecked) {
    throw new RuleViolationError([{ code: 'IDENTITY_NOT_CHECKED', field: 'identityChecked' }]);
  }
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const subject = await openRetentionSubject(ports, input.reference);
    const audit = auditEntry(staff, retentionTarget(subject));
    if ('record' in subject) {
      await ports.audit.append({ ...audit, reason: 'ALREADY_ANONYMISED' });
      return retentionView(ports, subject);
    }
    const { application } = subject;
    const refusal = erasureRefusal(application, await tookPartInPublished(ports, application));
    if (refusal) throw new ConflictError(refusal);
    if ((await removePersonalData(ports, application, 'erasure-request', audit, staff.at)) === 'changed') {
      return CHANGED;
    }
    return retentionView(ports, await openRetentionSubject(ports, input.reference));
  });
}
