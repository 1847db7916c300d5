import type { ApplicationRequest, Language } from '../api/types.ts';
import type { Answers } from './draft.ts';
import { contactRequest, personRequest, representativeRequest } from './request-parts.ts';

/**
 * The answers as the API wants them. Only the shape is converted here; whether the values are right is for the
 * server to say, in its own words.
 */
export function requestBody(answers: Answers, uiLanguage: Language): ApplicationRequest {
  const { person, contact, representative } = answers;
  return {
    person: {
      ...personRequest(person, {
        dateOfBirth: isoDate(person),
        disabilityGroup: answers.disabilityGroup,
        mentalDisorder: answers.mentalDisorder,
      }),
      municipalityCode: answers.municipalityCode ?? '',
    },
    contact: contactRequest(contact, uiLanguage),
    ...(answers.applicant === 'other' && { representative: representativeRequest(representative) }),
    consent: answers.consent,
  };
}

/** Day, month and year as typed → `YYYY-MM-DD`; the server says when it is not a real date. */
function isoDate(person: Answers['person']): string | undefined {
  const [day, month, year] = [person.birthDay, person.birthMonth, person.birthYear].map((part) => part.trim());
  if (!day && !month && !year) return undefined;
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}
