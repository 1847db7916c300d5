import type { CreateApplicationRequest } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';
import { dateOfBirthInRange } from './applicant-input.ts';
import type { Violation } from './errors.ts';
import { intakeState } from './intake-window.ts';
import { type PersonalCode, parsePersonalCode } from './personal-code.ts';

export type NewApplicationCheck =
  | { ok: true; personalCode: PersonalCode; dateOfBirth: string }
  | { ok: false; violations: Violation[] };

/**
 * The rules of the call for a new application, all checked at once so a person can fix everything in one go.
 * Outside the window nothing else matters, so that alone is reported. `now` is when it was received: the request
 * time online, the office's receipt time on paper.
 */
export function checkNewApplication(
  round: Round,
  request: CreateApplicationRequest,
  now: Date,
  options: { requireContact: boolean } = { requireContact: true },
): NewApplicationCheck {
  const window = intakeWindowViolation(round, now);
  if (window) return { ok: false, violations: [window] };

  const { person } = request;
  const violations: Violation[] = [];
  if (!round.municipalities.some((municipality) => municipality.code === person.municipalityCode)) {
    violations.push({ code: 'MUNICIPALITY_NOT_IN_ROUND', field: 'person.municipalityCode' });
  }
  if (!round.eligibleDisabilityGroups.includes(person.disabilityGroup)) {
    violations.push({ code: 'DISABILITY_GROUP_NOT_ELIGIBLE', field: 'person.disabilityGroup' });
  }
  if (round.requiresMentalDisorder && !person.mentalDisorderConfirmed) {
    violations.push({ code: 'MENTAL_DISORDER_NOT_CONFIRMED', field: 'person.mentalDisorderConfirmed' });
  }
  if (!request.consent) violations.push({ code: 'CONSENT_MISSING', field: 'consent' });
  // Online, the person must be reachable: by e-mail, or by phone or post when they have no e-mail. The office
  // takes paper applications as they come.
  const { contact } = request;
  if (options.requireContact && !contact.email && !contact.phone && !contact.address && !request.representative) {
    violations.push({ code: 'CONTACT_MISSING', field: 'contact.email' });
  }

  const personalCode = parsePersonalCode(person.personalCode);
  if (typeof personalCode === 'string') {
    violations.push({ code: personalCode, field: 'person.personalCode' });
    return { ok: false, violations };
  }
  const dateOfBirth = resolveDateOfBirth(personalCode, person.dateOfBirth, now, violations);
  if (violations.length > 0 || !dateOfBirth) return { ok: false, violations };
  return { ok: true, personalCode, dateOfBirth };
}

/** The one rule that also guards submission: the receipt time must fall inside the window. */
export function intakeWindowViolation(round: Round, receivedAt: Date): Violation | undefined {
  const state = intakeState(round.window, receivedAt);
  if (state === 'not-yet-open') return { code: 'INTAKE_NOT_YET_OPEN' };
  if (state === 'closed') return { code: 'INTAKE_CLOSED' };
  return undefined;
}

/** A legacy code carries the date of birth; the new format does not, so the person gives it. */
function resolveDateOfBirth(
  personalCode: PersonalCode,
  given: string | undefined,
  now: Date,
  violations: Violation[],
): string | undefined {
  const field = 'person.dateOfBirth';
  if (personalCode.format === 'legacy') {
    if (given && given !== personalCode.dateOfBirth) violations.push({ code: 'DATE_OF_BIRTH_MISMATCH', field });
    return personalCode.dateOfBirth;
  }
  if (!given) {
    violations.push({ code: 'DATE_OF_BIRTH_REQUIRED', field });
    return undefined;
  }
  if (!dateOfBirthInRange(given, now)) {
    violations.push({ code: 'DATE_OF_BIRTH_INVALID', field });
    return undefined;
  }
  return given;
}
