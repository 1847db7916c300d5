import type { FieldError } from '../../api/types.ts';
import { contactRequest, needsDateOfBirth, personRequest, representativeRequest } from '../../draft/request-parts.ts';
import { blank, required as missingShared } from '../../flow/field-errors.ts';
import type { PaperApplicationRequest } from '../api/types.ts';
import { parseClockTime, parseDay } from '../format/dates.ts';
import { staffRequired as missingOffice, readDay, staffFieldError } from '../i18n/field-errors.ts';
import { missingNames } from '../i18n/office-checks.ts';
import type { PaperAnswers } from './paper-draft.ts';

/**
 * The browser's own checks of the paper form: that each required answer is given, and that dates and the time
 * are written so they can be sent. Whether a personal code, an e-mail or a date is right is the server's to say.
 */
export function checkPaperAnswers(answers: PaperAnswers): FieldError[] {
  const errors: FieldError[] = [];
  const { office, person, representative } = answers;
  const receivedOn = readDay(
    'office.receivedOn',
    office.receivedOn,
    (s) => s.paper.requiredReceivedOn,
    (s) => s.paper.receivedOn,
  );
  if ('error' in receivedOn) errors.push(receivedOn.error);
  if (!parseClockTime(office.receivedAtTime)) {
    errors.push(missingOffice('office.receivedAtTime', (s) => s.paper.requiredTime));
  }
  if (blank(office.receivedBy)) errors.push(missingOffice('office.receivedBy', (s) => s.paper.requiredReceivedBy));

  errors.push(...missingNames('person', person));
  if (blank(person.personalCode)) {
    errors.push(missingShared('person.personalCode', (t) => t.person.requiredPersonalCode));
  } else if (needsDateOfBirth(person.personalCode) && !parseDay(person.dateOfBirth)) {
    errors.push(
      staffFieldError('person.dateOfBirth', 'DATE_INVALID', (s) => s.common.invalidDate(s.paper.dateOfBirthLabel)),
    );
  }
  if (!answers.disabilityGroup) {
    errors.push(missingOffice('person.disabilityGroup', (s) => s.paper.requiredGroup));
  }
  if (!answers.mentalDisorder) {
    errors.push(missingOffice('person.mentalDisorderConfirmed', (s) => s.paper.requiredMentalDisorder));
  }

  if (answers.hasRepresentative) {
    errors.push(...missingNames('representative', representative));
    if (!representative.capacity) {
      errors.push(missingOffice('representative.capacity', (s) => s.paper.requiredCapacity));
    }
    if (blank(representative.email)) {
      errors.push(missingOffice('representative.email', (s) => s.paper.requiredRepresentativeEmail));
    }
  }
  if (!answers.consent) errors.push(missingOffice('consent', (s) => s.paper.requiredConsent));
  return errors;
}

/** The answers as the API takes them; only called once `checkPaperAnswers` found nothing. */
export function paperRequest(answers: PaperAnswers): PaperApplicationRequest {
  const { office, person, contact, representative } = answers;
  return {
    person: personRequest(person, {
      dateOfBirth: parseDay(person.dateOfBirth),
      disabilityGroup: answers.disabilityGroup,
      mentalDisorder: answers.mentalDisorder,
    }),
    contact: contactRequest(contact, contact.language),
    ...(answers.hasRepresentative && { representative: representativeRequest(representative) }),
    consent: answers.consent,
    office: {
      receivedOn: parseDay(office.receivedOn) ?? '',
      receivedAtTime: parseClockTime(office.receivedAtTime) ?? '',
      receivedBy: office.receivedBy.trim(),
    },
  };
}
