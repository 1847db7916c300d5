import type { ApplicationRequest } from '../api/types.ts';
import type { Answers } from './draft.ts';

/**
 * The answers as the form holds them, from a request the server kept: the other way round from `requestBody`, so
 * a draft continued from the e-mailed link shows every answer as it was given.
 */
export function answersOf(request: ApplicationRequest): Answers {
  const { person, contact, representative } = request;
  const [birthYear = '', birthMonth = '', birthDay = ''] = person.dateOfBirth?.split('-') ?? [];
  return {
    municipalityCode: person.municipalityCode,
    disabilityGroup: String(person.disabilityGroup) as '1' | '2' | '3',
    mentalDisorder: person.mentalDisorderConfirmed ? 'yes' : 'no',
    applicant: representative ? 'other' : 'self',
    representative: {
      firstName: representative?.firstName ?? '',
      lastName: representative?.lastName ?? '',
      capacity: representative?.capacity,
      email: representative?.email ?? '',
      phone: representative?.phone ?? '',
    },
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      personalCode: person.personalCode,
      birthDay,
      birthMonth,
      birthYear,
    },
    contact: {
      email: contact.email ?? '',
      phone: contact.phone ?? '',
      address: contact.address ?? '',
      language: contact.language,
    },
    consent: request.consent,
  };
}
