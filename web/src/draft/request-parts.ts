import { beginsAsNewFormat } from '../../../shared/domain/personal-code.ts';
import type { ApplicationRequest, Language } from '../api/types.ts';
import type { ContactAnswers, PersonNameAndCode, RepresentativeAnswers } from './answer-parts.ts';

/** New personal codes (since 2017) start with 32–39 and carry no date of birth, so the form asks for it. */
export function needsDateOfBirth(personalCode: string): boolean {
  return beginsAsNewFormat(personalCode);
}

/** A box left empty is an answer not given: the request leaves it out rather than sending "". */
export const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

type PersonRequest = Omit<ApplicationRequest['person'], 'municipalityCode'>;

/** The person as both requests carry them; the date of birth only for a personal code without one. */
export function personRequest(
  person: PersonNameAndCode,
  answers: { dateOfBirth: string | undefined; disabilityGroup: string | undefined; mentalDisorder?: 'yes' | 'no' },
): PersonRequest {
  const { dateOfBirth } = answers;
  return {
    firstName: person.firstName.trim(),
    lastName: person.lastName.trim(),
    personalCode: person.personalCode.trim(),
    ...(dateOfBirth && needsDateOfBirth(person.personalCode) && { dateOfBirth }),
    disabilityGroup: Number(answers.disabilityGroup),
    mentalDisorderConfirmed: answers.mentalDisorder === 'yes',
  };
}

/** How to reach the person; e-mails come in `fallbackLanguage` until a language is chosen. */
export function contactRequest(contact: ContactAnswers, fallbackLanguage: Language): ApplicationRequest['contact'] {
  const email = optionalText(contact.email);
  const phone = optionalText(contact.phone);
  const address = optionalText(contact.address ?? '');
  return {
    ...(email && { email }),
    ...(phone && { phone }),
    ...(address && { address }),
    language: contact.language ?? fallbackLanguage,
  };
}

export function representativeRequest(
  representative: RepresentativeAnswers,
): NonNullable<ApplicationRequest['representative']> {
  const phone = optionalText(representative.phone);
  return {
    firstName: representative.firstName.trim(),
    lastName: representative.lastName.trim(),
    capacity: representative.capacity ?? 'legal-representative',
    email: representative.email.trim(),
    ...(phone && { phone }),
  };
}
