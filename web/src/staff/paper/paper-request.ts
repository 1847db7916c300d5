import type { FieldError, LocalizedText } from '../../api/types.ts';
import { needsDateOfBirth } from '../../draft/request-body.ts';
import { bothLanguages } from '../../i18n/texts.ts';
import type { PaperApplicationRequest } from '../api/types.ts';
import { parseClockTime, parseDay } from '../format/dates.ts';
import { staffMessage } from '../i18n/texts.ts';
import type { PaperAnswers } from './paper-draft.ts';

const missing = (path: string, message: LocalizedText): FieldError => ({ path, code: 'FIELD_REQUIRED', message });
const blank = (value: string) => value.trim() === '';
const optional = (value: string) => (blank(value) ? undefined : value.trim());

/**
 * The browser's own checks of the paper form: that each required answer is given, and that dates and the time
 * are written so they can be sent. Whether a personal code, an e-mail or a date is right is the server's to say.
 */
export function checkPaperAnswers(answers: PaperAnswers): FieldError[] {
  const errors: FieldError[] = [];
  const { office, person, representative } = answers;
  if (blank(office.receivedOn)) {
    errors.push(
      missing(
        'office.receivedOn',
        staffMessage((s) => s.paper.requiredReceivedOn),
      ),
    );
  } else if (!parseDay(office.receivedOn)) {
    errors.push({
      path: 'office.receivedOn',
      code: 'DATE_INVALID',
      message: staffMessage((s) => s.common.invalidDate(s.paper.receivedOn)),
    });
  }
  if (!parseClockTime(office.receivedAtTime)) {
    errors.push(
      missing(
        'office.receivedAtTime',
        staffMessage((s) => s.paper.requiredTime),
      ),
    );
  }
  if (blank(office.receivedBy)) {
    errors.push(
      missing(
        'office.receivedBy',
        staffMessage((s) => s.paper.requiredReceivedBy),
      ),
    );
  }
  if (blank(person.firstName))
    errors.push(
      missing(
        'person.firstName',
        bothLanguages((t) => t.person.requiredFirstName),
      ),
    );
  if (blank(person.lastName))
    errors.push(
      missing(
        'person.lastName',
        bothLanguages((t) => t.person.requiredLastName),
      ),
    );
  if (blank(person.personalCode)) {
    errors.push(
      missing(
        'person.personalCode',
        bothLanguages((t) => t.person.requiredPersonalCode),
      ),
    );
  } else if (needsDateOfBirth(person.personalCode) && !parseDay(person.dateOfBirth)) {
    errors.push({
      path: 'person.dateOfBirth',
      code: 'DATE_INVALID',
      message: staffMessage((s) => s.common.invalidDate(s.paper.dateOfBirthLabel)),
    });
  }
  if (!answers.disabilityGroup) {
    errors.push(
      missing(
        'person.disabilityGroup',
        staffMessage((s) => s.paper.requiredGroup),
      ),
    );
  }
  if (!answers.mentalDisorder) {
    errors.push(
      missing(
        'person.mentalDisorderConfirmed',
        staffMessage((s) => s.paper.requiredMentalDisorder),
      ),
    );
  }
  if (answers.hasRepresentative) {
    if (blank(representative.firstName)) {
      errors.push(
        missing(
          'representative.firstName',
          bothLanguages((t) => t.person.requiredFirstName),
        ),
      );
    }
    if (blank(representative.lastName)) {
      errors.push(
        missing(
          'representative.lastName',
          bothLanguages((t) => t.person.requiredLastName),
        ),
      );
    }
    if (!representative.capacity) {
      errors.push(
        missing(
          'representative.capacity',
          staffMessage((s) => s.paper.requiredCapacity),
        ),
      );
    }
    if (blank(representative.email)) {
      errors.push(
        missing(
          'representative.email',
          staffMessage((s) => s.paper.requiredRepresentativeEmail),
        ),
      );
    }
  }
  if (!answers.consent)
    errors.push(
      missing(
        'consent',
        staffMessage((s) => s.paper.requiredConsent),
      ),
    );
  return errors;
}

/** The answers as the API takes them; only called once `checkPaperAnswers` found nothing. */
export function paperRequest(answers: PaperAnswers): PaperApplicationRequest {
  const { office, person, contact, representative } = answers;
  const dateOfBirth = needsDateOfBirth(person.personalCode) ? parseDay(person.dateOfBirth) : undefined;
  return {
    person: {
      firstName: person.firstName.trim(),
      lastName: person.lastName.trim(),
      personalCode: person.personalCode.trim(),
      ...(dateOfBirth && { dateOfBirth }),
      disabilityGroup: Number(answers.disabilityGroup),
      mentalDisorderConfirmed: answers.mentalDisorder === 'yes',
    },
    contact: {
      ...(optional(contact.email) && { email: optional(contact.email) }),
      ...(optional(contact.phone) && { phone: optional(contact.phone) }),
      language: contact.language,
    },
    ...(answers.hasRepresentative && {
      representative: {
        firstName: representative.firstName.trim(),
        lastName: representative.lastName.trim(),
        capacity: representative.capacity ?? 'legal-representative',
        email: representative.email.trim(),
        ...(optional(representative.phone) && { phone: optional(representative.phone) }),
      },
    }),
    consent: answers.consent,
    office: {
      receivedOn: parseDay(office.receivedOn) ?? '',
      receivedAtTime: parseClockTime(office.receivedAtTime) ?? '',
      receivedBy: office.receivedBy.trim(),
    },
  };
}
