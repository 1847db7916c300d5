import { realDate } from './personal-code.ts';

/*
 * What an applicant may type, as plain values and functions without any import of zod: the request schemas
 * (`schemas/application.ts`) are built from them, and the browser checks each answer on its own page with them,
 * so both hold a value to the same rule.
 */

/** A first name or a surname, trimmed: 1 to 100 characters. */
export const NAME_MAX_LENGTH = 100;
/** The personal code as typed, trimmed: at most 20 characters; its form is `parsePersonalCode`'s to say. */
export const PERSONAL_CODE_MAX_LENGTH = 20;
/** The longest e-mail address a mail server takes (RFC 5321's path limit, less the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;

/**
 * An e-mail address: the pattern zod's `z.email()` uses by default (`z.regexes.email`), no dot first or last in
 * the local part, no two dots in a row, a domain with a dot and a top-level domain of 2 or more letters.
 */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** A phone number once trimmed: Latvian numbers are 8 digits; people abroad may use another country code. */
export const PHONE_PATTERN = /^\+?[0-9 ]{8,20}$/;

/** The earliest date of birth taken: anything before is a typing mistake. */
export const EARLIEST_DATE_OF_BIRTH = '1900-01-01';

export type TextProblem = 'required' | 'too-long';
export type EmailProblem = TextProblem | 'format';
export type PhoneProblem = 'format';

/** A name (of the person or the representative). */
export function nameProblem(value: string): TextProblem | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  return trimmed.length > NAME_MAX_LENGTH ? 'too-long' : undefined;
}

/** An e-mail address as the request carries it (the form trims it first). */
export function emailProblem(value: string): EmailProblem | undefined {
  if (value === '') return 'required';
  if (value.length > EMAIL_MAX_LENGTH) return 'too-long';
  return EMAIL_PATTERN.test(value) ? undefined : 'format';
}

/** A phone number, checked once trimmed. */
export function phoneProblem(value: string): PhoneProblem | undefined {
  return PHONE_PATTERN.test(value.trim()) ? undefined : 'format';
}

/**
 * The day, month and year of three boxes as a `YYYY-MM-DD` date, or undefined when they do not make a date that
 * exists (month 13, 29 February of a year that is not a leap year, a year of other than 4 digits).
 */
export function dateFromParts(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return undefined;
  return realDate(Number(y), Number(m), Number(d));
}

/**
 * A date of birth given apart from the personal code (`YYYY-MM-DD`) must lie between 1900 and the day it is
 * received (`now`, taken as its UTC date, as the server does).
 */
export function dateOfBirthInRange(dateOfBirth: string, now: Date): boolean {
  return dateOfBirth >= EARLIEST_DATE_OF_BIRTH && dateOfBirth <= now.toISOString().slice(0, 10);
}
