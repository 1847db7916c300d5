import type { Texts } from '../../i18n/texts.ts';
import type { StaffTexts } from '../i18n/texts.ts';

/*
 * The words of the shared fieldsets as the office's forms use them, where staff type in someone else's details:
 * registering a paper application and correcting a person's details say the same.
 */

/** The person's contact details; the post address only where the form asks it. */
export function officeContactWords(s: StaffTexts, t: Texts, address?: { label: string; hint: string }) {
  return {
    email: t.check.email,
    emailHint: s.paper.emailHint,
    emailOptional: true,
    phone: t.check.phone,
    address,
    language: s.paper.language,
  };
}

/** The representative's details. */
export function officeRepresentativeWords(s: StaffTexts, t: Texts) {
  return {
    firstName: t.person.firstName,
    lastName: t.person.lastName,
    capacity: t.check.capacity,
    capacities: t.check.capacities,
    email: s.paper.representativeEmail,
    phone: s.paper.representativePhone,
  };
}
