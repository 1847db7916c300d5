import type { Application } from '../schemas/application.ts';
import type { PersonalDetailsCorrectionRequest } from '../schemas/data-requests.ts';
import type { CorrectableField } from '../schemas/personal-details.ts';
import { dateOfBirthInRange } from './applicant-input.ts';
import type { Violation } from './errors.ts';

/** The details a correction may change: the parts of the stored application they live in. */
export type PersonalDetails = Pick<Application, 'person' | 'contact' | 'representative'>;

export type CorrectionCheck =
  | {
      ok: true;
      details: PersonalDetails;
      /** Each field that changes, with its value before the correction (`null`: it had none). */
      previous: Partial<Record<CorrectableField, string | null>>;
    }
  | { ok: false; violations: Violation[] };

/**
 * A correction of a person's details (GDPR Art. 16), checked against the application it corrects: the details as
 * they will be stored, and what each changed field held before. Only the fields of `CorrectableField` move; the
 * personal code, the municipality and the answers about health stay as they are. A representative is corrected,
 * never added or removed; the date of birth only where the personal code does not carry it; an online application
 * stays reachable as its rules require. A correction that changes nothing is refused, so every stored correction
 * is a change.
 */
export function checkCorrection(
  application: Application,
  request: PersonalDetailsCorrectionRequest,
  now: Date,
): CorrectionCheck {
  const violations: Violation[] = [];
  if (Boolean(request.representative) !== Boolean(application.representative)) {
    violations.push({ code: 'REPRESENTATIVE_CANNOT_CHANGE', field: 'representative' });
  }
  const dateOfBirth = request.person.dateOfBirth ?? application.person.dateOfBirth;
  if (dateOfBirth !== application.person.dateOfBirth) {
    if (application.personalCode.format === 'legacy') {
      violations.push({ code: 'DATE_OF_BIRTH_MISMATCH', field: 'person.dateOfBirth' });
    } else if (!dateOfBirthInRange(dateOfBirth, now)) {
      violations.push({ code: 'DATE_OF_BIRTH_INVALID', field: 'person.dateOfBirth' });
    }
  }
  const { contact, representative } = request;
  if (application.channel === 'online' && !contact.email && !contact.phone && !contact.address && !representative) {
    violations.push({ code: 'CONTACT_MISSING', field: 'contact.email' });
  }
  if (violations.length > 0) return { ok: false, violations };

  const details: PersonalDetails = {
    person: {
      ...application.person,
      firstName: request.person.firstName,
      lastName: request.person.lastName,
      dateOfBirth,
    },
    contact,
    representative,
  };
  const previous = changedFields(application, details);
  if (Object.keys(previous).length === 0) return { ok: false, violations: [{ code: 'NOTHING_TO_CORRECT' }] };
  return { ok: true, details, previous };
}

/** Where each correctable field is read from the details. */
const FIELDS: Record<CorrectableField, (details: PersonalDetails) => string | undefined> = {
  'person.firstName': ({ person }) => person.firstName,
  'person.lastName': ({ person }) => person.lastName,
  'person.dateOfBirth': ({ person }) => person.dateOfBirth,
  'contact.email': ({ contact }) => contact.email,
  'contact.phone': ({ contact }) => contact.phone,
  'contact.address': ({ contact }) => contact.address,
  'contact.language': ({ contact }) => contact.language,
  'representative.firstName': ({ representative }) => representative?.firstName,
  'representative.lastName': ({ representative }) => representative?.lastName,
  'representative.capacity': ({ representative }) => representative?.capacity,
  'representative.email': ({ representative }) => representative?.email,
  'representative.phone': ({ representative }) => representative?.phone,
};

/** The fields whose value differs between the stored details and the corrected ones, with the stored value. */
function changedFields(
  stored: PersonalDetails,
  corrected: PersonalDetails,
): Partial<Record<CorrectableField, string | null>> {
  const previous: Partial<Record<CorrectableField, string | null>> = {};
  for (const [field, read] of Object.entries(FIELDS) as [CorrectableField, (typeof FIELDS)[CorrectableField]][]) {
    const before = read(stored);
    if (before !== read(corrected)) previous[field] = before ?? null;
  }
  return previous;
}
