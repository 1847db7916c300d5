import { ConflictError, RuleViolationError } from '../../domain/errors.ts';
import { checkCorrection } from '../../domain/personal-details.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { PersonalDetailsCorrectionRequest } from '../../schemas/data-requests.ts';
import type { CorrectableField, SealedCorrection } from '../../schemas/personal-details.ts';
import type { StaffApplicationResponse } from '../../schemas/staff-api.ts';
import { retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext } from '../staff/staff-context.ts';
import { staffApplicationView } from '../staff/staff-view.ts';
import { openSubmitted, saveAndView } from '../staff/submitted-change.ts';

/**
 * Corrects a person's details at their request (GDPR Art. 16), with the reason, in one transaction with its audit
 * entry: the application keeps only the new values, and the entry keeps which fields changed, with their earlier
 * values and the reason sealed by the keyring, so the log stays free of readable personal data while the change
 * stays on record. An application whose personal data was removed has nothing left to correct, and says so. When
 * someone else changed the application in between, the correction is worked out again on the fresh copy.
 */
export async function correctPersonalDetails(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: PersonalDetailsCorrectionRequest },
): Promise<StaffApplicationResponse> {
  const { reference, request } = input;
  if (await ports.personalData.isAnonymised(reference)) throw new ConflictError('APPLICATION_ANONYMISED');
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const { application, round } = await openSubmitted(ports, reference);
    const check = checkCorrection(application, request, staff.at);
    if (!check.ok) {
      // Nothing left to change because an earlier attempt of this request stored it (its answer was lost).
      const unchanged = check.violations.some((violation) => violation.code === 'NOTHING_TO_CORRECT');
      if (unchanged && (await storedBy(ports, staff, reference)))
        return staffApplicationView(ports, application, round);
      throw new RuleViolationError(check.violations);
    }
    const corrected: ScopedApplication = { ...application, ...check.details };
    const sealed: SealedCorrection = { previous: check.previous, reason: request.reason };
    const audit: AuditEntry = {
      ...auditEntry(staff, {
        roundId: application.roundId,
        reference,
        municipalityCode: corrected.person.municipalityCode,
      }),
      correction: {
        fields: Object.keys(check.previous) as CorrectableField[],
        sealed: ports.keyring.encrypt(JSON.stringify(sealed)),
      },
    };
    return saveAndView(ports, round, [corrected], audit);
  });
}

/** Whether this request's own correction is already in the application's history. */
async function storedBy(ports: StaffPorts, staff: StaffContext, reference: string): Promise<boolean> {
  const history = await ports.audit.forApplication(reference);
  return history.some((entry) => entry.id === staff.requestId && entry.action === staff.action);
}
