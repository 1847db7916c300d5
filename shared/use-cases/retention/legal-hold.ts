import { ConflictError, RuleViolationError } from '../../domain/errors.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { HoldRequest, LegalHold, RetentionResponse } from '../../schemas/retention.ts';
import { CHANGED, retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext, staffRef } from '../staff/staff-context.ts';
import { openRetentionSubject, retentionTarget, retentionView } from './retention-view.ts';

/** The audit entry's reason of a hold: why it was placed, in the log's code style. */
const HOLD_REASONS = { appeal: 'APPEAL', other: 'OTHER' } as const;

/**
 * A social worker (of the application's municipality) or an administrator puts the application on legal hold, with
 * the reason: an appeal, or another reason written down. While held, neither the retention job nor an erasure on
 * request removes anything of it. Placing a hold again replaces the reason. Refused once the removal of its data
 * has begun, and once it is done. The hold and its audit entry are stored together.
 */
export async function placeHold(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: HoldRequest },
): Promise<RetentionResponse> {
  const { reason, note } = input.request;
  if (reason === 'other' && !note) throw new RuleViolationError([{ code: 'HOLD_NOTE_REQUIRED', field: 'note' }]);
  const hold: LegalHold = { reason, ...(note && { note }), by: staffRef(staff.identity), at: staff.at.toISOString() };
  return changeHold(ports, staff, input.reference, (application) => {
    if (application.erasure) throw new ConflictError('ERASURE_IN_PROGRESS');
    return { change: { ...application, hold }, reason: HOLD_REASONS[reason] };
  });
}

/** Lifts the hold, audited; lifting a hold that is not there changes nothing, and says so in the audit entry. */
export async function liftHold(ports: StaffPorts, staff: StaffContext, reference: string): Promise<RetentionResponse> {
  return changeHold(ports, staff, reference, (application) => {
    if (!application.hold) return { reason: 'NOT_HELD' };
    const { hold: _lifted, ...rest } = application;
    return { change: rest };
  });
}

/**
 * Opens the application, works out the change of its hold and stores it with the audit entry, over the revision it
 * read (again, when someone else changed it meanwhile). No change: only the audit entry, with the reason why.
 */
async function changeHold(
  ports: StaffPorts,
  staff: StaffContext,
  reference: string,
  decide: (application: ScopedApplication) => { change?: ScopedApplication; reason?: string },
): Promise<RetentionResponse> {
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const subject = await openRetentionSubject(ports, reference);
    if ('record' in subject) throw new ConflictError('APPLICATION_ANONYMISED');
    const { change, reason } = decide(subject.application);
    const audit = auditEntry(staff, retentionTarget(subject), 'succeeded', reason);
    if (!change) {
      await ports.audit.append(audit);
      return retentionView(ports, subject);
    }
    const saved = await ports.applications.saveReviewed([change], audit);
    if (saved === 'changed') return CHANGED;
    // An earlier attempt of this request stored the change (its answer was lost): show what is stored.
    return retentionView(
      ports,
      saved === 'saved-before' ? await openRetentionSubject(ports, reference) : { application: change },
    );
  });
}
