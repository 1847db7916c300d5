import type { FieldError, Language } from '../../api/types.ts';
import type { ContactAnswers, RepresentativeAnswers } from '../../draft/answer-parts.ts';
import { contactRequest, representativeRequest } from '../../draft/request-parts.ts';
import { blank } from '../../flow/field-errors.ts';
import { formatDay } from '../../format/dates.ts';
import type { StaffApplication } from '../api/types.ts';
import { parseDay } from '../format/dates.ts';
import { staffRequired as missingOffice, staffFieldError } from '../i18n/field-errors.ts';
import { missingNames } from '../i18n/office-checks.ts';
import type { PersonalDetailsCorrectionRequest } from './types.ts';

/** The correction form's answers, exactly as typed, so an error never loses one. */
export interface CorrectionAnswers {
  person: { firstName: string; lastName: string };
  /** `dd.mm.yyyy`; asked only when the personal code carries no date of birth. */
  dateOfBirth: string;
  contact: ContactAnswers & { language: Language };
  /** Present when the application has a representative: corrected, never added or removed. */
  representative?: RepresentativeAnswers;
  reason: string;
}

/** Whether the date of birth is the application's own answer (a new-format code) rather than the code's. */
export const asksDateOfBirth = (application: StaffApplication) => application.personalCode.format === 'new';

/** The form filled in with the details the application holds now. */
export function correctionAnswers(application: StaffApplication): CorrectionAnswers {
  const { person, contact, representative } = application;
  return {
    person: { firstName: person.firstName, lastName: person.lastName },
    dateOfBirth: formatDay(person.dateOfBirth),
    contact: {
      email: contact.email ?? '',
      phone: contact.phone ?? '',
      address: contact.address ?? '',
      language: contact.language,
    },
    ...(representative && {
      representative: {
        firstName: representative.firstName,
        lastName: representative.lastName,
        capacity: representative.capacity,
        email: representative.email,
        phone: representative.phone ?? '',
      },
    }),
    reason: '',
  };
}

/**
 * The browser's own checks: what may not be left empty, the date written so it can be sent, and the reason.
 * Whether an e-mail or a phone number is right, or anything changed at all, is the server's to say.
 */
export function checkCorrection(answers: CorrectionAnswers, application: StaffApplication): FieldError[] {
  const errors: FieldError[] = [];
  const { person, representative } = answers;
  errors.push(...missingNames('person', person));
  if (asksDateOfBirth(application) && !parseDay(answers.dateOfBirth)) {
    errors.push(
      staffFieldError('person.dateOfBirth', 'DATE_INVALID', (s) => s.common.invalidDate(s.personalDetails.dateOfBirth)),
    );
  }
  if (representative) {
    errors.push(...missingNames('representative', representative));
    if (blank(representative.email)) {
      errors.push(missingOffice('representative.email', (s) => s.paper.requiredRepresentativeEmail));
    }
  }
  if (blank(answers.reason)) errors.push(missingOffice('reason', (s) => s.personalDetails.requiredReason));
  return errors;
}

/** The answers as the API takes them; only called once `checkCorrection` found nothing. */
export function correctionRequest(
  answers: CorrectionAnswers,
  application: StaffApplication,
): PersonalDetailsCorrectionRequest {
  const dateOfBirth = asksDateOfBirth(application) ? parseDay(answers.dateOfBirth) : undefined;
  return {
    person: {
      firstName: answers.person.firstName.trim(),
      lastName: answers.person.lastName.trim(),
      ...(dateOfBirth && { dateOfBirth }),
    },
    contact: contactRequest(answers.contact, answers.contact.language),
    ...(answers.representative && { representative: representativeRequest(answers.representative) }),
    reason: answers.reason.trim(),
  };
}
