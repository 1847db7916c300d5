import type { FieldError, Language } from '../../api/types.ts';
import { fieldError } from '../../flow/field-errors.ts';
import { parseDay } from '../format/dates.ts';
import { type StaffTexts, staffMessage } from './words.ts';

/** The words, from the staff pages' texts; `language` picks the matching half of data that comes in both. */
type Pick = (s: StaffTexts, language: Language) => string;

/** "Nothing was given", in the staff pages' words. */
export function staffRequired(path: string, pick: Pick): FieldError {
  return fieldError(path, staffMessage(pick));
}

/** A problem other than a missing answer (`code` says which), in the staff pages' words. */
export function staffFieldError(path: string, code: string, pick: Pick): FieldError {
  return fieldError(path, staffMessage(pick), code);
}

/**
 * A day as staff type it (`16.08.2019`): the day the API takes, or why not: nothing typed (`required`'s words),
 * or no such date, named by the field's `label`.
 */
export function readDay(
  path: string,
  typed: string,
  required: Pick,
  label: Pick,
): { day: string } | { error: FieldError } {
  const text = typed.trim();
  if (!text) return { error: staffRequired(path, required) };
  const day = parseDay(text);
  return day
    ? { day }
    : { error: staffFieldError(path, 'DATE_INVALID', (s, language) => s.common.invalidDate(label(s, language))) };
}
