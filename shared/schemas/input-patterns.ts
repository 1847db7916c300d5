import * as z from 'zod/mini';

/*
 * Some inputs are tidied before they are checked: spaces around them are trimmed, and references and access codes
 * are upper-cased. Checking the tidied value says nothing about what may be sent, so each such schema also carries
 * a pattern of the value as sent, which accepts exactly what the server accepts. The OpenAPI document shows it.
 */

/**
 * Every character `String.prototype.trim` removes (the same set as `\s`), written out so that every regex dialect
 * of a JSON Schema validator reads the pattern alike.
 */
const SPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const SPACES = `[${SPACE}]*`;
const NOT_SPACE = `[^${SPACE}]`;

/** The pattern of a value sent as `text` with any spaces `trim()` removes around it. */
export function spacedAround(text: string): RegExp {
  return new RegExp(`^${SPACES}(?:${text})${SPACES}$`);
}

/**
 * A pattern fragment for `count` characters of `allowed` (upper-case letters and digits) in either case. The value
 * as sent is held to it before it is upper-cased, so no other character (say, one that upper-cases to two Latin
 * letters) can stand in for an allowed one.
 */
export function eitherCase(allowed: string, count: number): string {
  const lower = allowed.toLowerCase().replace(/[0-9]/g, '');
  return `[${allowed}${lower}]{${count}}`;
}

/** The pattern of a text that is `min` to `max` characters long once the spaces around it are trimmed. */
export function trimmedLength(min: number, max: number): RegExp {
  const lengths: string[] = [];
  if (min === 0) lengths.push('');
  if (min <= 1 && max >= 1) lengths.push(NOT_SPACE);
  if (max >= 2) lengths.push(`${NOT_SPACE}[\\s\\S]{${Math.max(min - 2, 0)},${max - 2}}${NOT_SPACE}`);
  return spacedAround(lengths.join('|'));
}

/**
 * Input patterns of schemas whose own checks apply to the trimmed value: the OpenAPI document shows the pattern
 * in place of their lengths, which are those of the trimmed value, not of what is sent.
 */
export const inputPatterns = z.registry<{ pattern: RegExp }>();

/** A text trimmed of spaces around it, then `min` to `max` characters long. */
export function trimmedText(min: number, max: number) {
  const schema = z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
  inputPatterns.add(schema, { pattern: trimmedLength(min, max) });
  return schema;
}
