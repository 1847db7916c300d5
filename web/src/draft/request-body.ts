import type { ApplicationRequest, Language } from '../api/types.ts';
import type { Answers } from './draft.ts';

/** New personal codes (since 2017) start with 32–39 and carry no date of birth, so the form asks for it. */
export function needsDateOfBirth(personalCode: string): boolean {
  return /^3[2-9]/.test(personalCode.trim());
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * The answers as the API wants them. Only the shape is converted here; whether the values are right is for the
 * server to say, in its own words.
 */
export function requestBody(answers: Answers, uiLanguage: Language): ApplicationRequest {
  const { person, contact, representative } = answers;
  const dateOfBirth = needsDateOfBirth(person.personalCode) ? isoDate(person) : undefined;
  return {
    person: {
      firstName: person.firstName.trim(),
      lastName: person.lastName.trim(),
      personalCode: person.personalCode.trim(),
      ...(dateOfBirth && { dateOfBirth }),
      municipalityCode: answers.municipalityCode ?? '',
      disabilityGroup: Number(answers.disabilityGroup),
      mentalDisorderConfirmed: answers.mentalDisorder === 'yes',
    },
    contact: {
      ...(optional(contact.email) && { email: optional(contact.email) }),
      ...(optional(contact.phone) && { phone: optional(contact.phone) }),
      language: contact.language ?? uiLanguage,
    },
    ...(answers.applicant === 'other' && {
      representative: {
        firstName: representative.firstName.trim(),
        lastName: representative.lastName.trim(),
        capacity: representative.capacity ?? 'legal-representative',
        email: representative.email.trim(),
        ...(optional(representative.phone) && { phone: optional(representative.phone) }),
      },
    }),
    consent: answers.consent,
  };
}

/** Day, month and year as typed → `YYYY-MM-DD`; the server says when it is not a real date. */
function isoDate(person: Answers['person']): string | undefined {
  const [day, month, year] = [person.birthDay, person.birthMonth, person.birthYear].map((part) => part.trim());
  if (!day && !month && !year) return undefined;
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}
