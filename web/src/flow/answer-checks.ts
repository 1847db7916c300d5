import {
  dateFromParts,
  dateOfBirthInRange,
  EMAIL_MAX_LENGTH,
  emailProblem,
  NAME_MAX_LENGTH,
  nameProblem,
  PERSONAL_CODE_MAX_LENGTH,
  phoneProblem,
} from '../../../shared/domain/applicant-input.ts';
import { parsePersonalCode } from '../../../shared/domain/personal-code.ts';
import {
  emailFormatMessage,
  entryMessages,
  maxLengthWords,
  patternMessage,
  tooLongMessage,
} from '../../../shared/http/applicant-messages.ts';
import { nameOf } from '../../../shared/http/field-names.ts';
import type { FieldError } from '../api/types.ts';
import { fieldError } from './field-errors.ts';

/*
 * Whether a given answer is right, by the rules the server holds the request to (`shared/domain/applicant-input.ts`,
 * `personal-code.ts`) and in the server's own words (`shared/http/applicant-messages.ts`), so a wrong answer is
 * shown on the page where it is typed. Each returns nothing for an empty answer: "nothing given" is the page's own
 * question (`validate.ts`), asked in the page's words.
 */

const tooLong = (path: string, limit: number) =>
  fieldError(path, tooLongMessage(nameOf(path), maxLengthWords(limit)), 'FIELD_TOO_LONG');

export function checkName(path: string, value: string): FieldError | undefined {
  return nameProblem(value) === 'too-long' ? tooLong(path, NAME_MAX_LENGTH) : undefined;
}

export function checkEmail(path: string, value: string): FieldError | undefined {
  const problem = emailProblem(value.trim());
  if (problem === 'too-long') return tooLong(path, EMAIL_MAX_LENGTH);
  if (problem === 'format') return fieldError(path, emailFormatMessage(nameOf(path)), 'FIELD_INVALID_FORMAT');
  return undefined;
}

export function checkPhone(path: string, value: string): FieldError | undefined {
  if (value.trim() === '' || !phoneProblem(value)) return undefined;
  return fieldError(path, patternMessage(nameOf(path), path), 'FIELD_INVALID_FORMAT');
}

export function checkPersonalCode(value: string): FieldError | undefined {
  const path = 'person.personalCode';
  const code = value.trim();
  if (code === '') return undefined;
  if (code.length > PERSONAL_CODE_MAX_LENGTH) return tooLong(path, PERSONAL_CODE_MAX_LENGTH);
  const parsed = parsePersonalCode(code);
  return typeof parsed === 'string' ? fieldError(path, entryMessages[parsed], parsed) : undefined;
}

/** Three boxes, all filled in: a real date, from 1900 up to today. */
export function checkDateOfBirth(day: string, month: string, year: string, now: Date): FieldError | undefined {
  const date = dateFromParts(day, month, year);
  if (date && dateOfBirthInRange(date, now)) return undefined;
  return fieldError('person.dateOfBirth', entryMessages.DATE_OF_BIRTH_INVALID, 'DATE_OF_BIRTH_INVALID');
}
