import { z } from 'zod';

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

/**
 * Characters other than a–z whose `toUpperCase()` is made of A–Z only (Unicode's special casing): the server
 * upper-cases before it checks, so it accepts them in place of those letters.
 */
export const UPPER_CASES_TO_LATIN: Readonly<Record<string, string>> = {
  '\u00df': 'SS',
  '\u0131': 'I',
  '\u017f': 'S',
  '\ufb00': 'FF',
  '\ufb01': 'FI',
  '\ufb02': 'FL',
  '\ufb03': 'FFI',
  '\ufb04': 'FFL',
  '\ufb05': 'ST',
  '\ufb06': 'ST',
};

/** The pattern of a value sent as `text` with any spaces `trim()` removes around it. */
export function spacedAround(text: string): RegExp {
  return new RegExp(`^${SPACES}(?:${text})${SPACES}$`);
}

/** A character class of `chars`, with runs of three or more written as ranges; `\uXXXX` outside ASCII letters and digits. */
function charClass(chars: readonly string[]): string {
  const points = [...new Set(chars.map((char) => char.codePointAt(0) as number))].sort((a, b) => a - b);
  const write = (point: number) =>
    /[0-9A-Za-z]/.test(String.fromCodePoint(point))
      ? String.fromCodePoint(point)
      : `\\u${point.toString(16).padStart(4, '0')}`;
  const parts: string[] = [];
  for (let start = 0; start < points.length; ) {
    let end = start;
    while (end + 1 < points.length && (points[end + 1] as number) === (points[end] as number) + 1) end += 1;
    const first = points[start] as number;
    const last = points[end] as number;
    if (end - start >= 2) parts.push(`${write(first)}-${write(last)}`);
    else for (let index = start; index <= end; index += 1) parts.push(write(points[index] as number));
    start = end + 1;
  }
  return `[${parts.join('')}]`;
}

/** Every way of writing `total` as a sum of the given widths, in order. */
function compositions(total: number, widths: readonly number[]): number[][] {
  if (total === 0) return [[]];
  return widths
    .filter((width) => width <= total)
    .flatMap((width) => compositions(total - width, widths).map((rest) => [width, ...rest]));
}

/**
 * A pattern fragment for the text whose `toUpperCase()` is exactly `count` characters of `allowed` (upper-case
 * letters and digits): either case of each letter, and the characters of `UPPER_CASES_TO_LATIN` that upper-case
 * to allowed letters, some of them to two or three at once.
 */
export function upperCasedTo(allowed: string, count: number): string {
  const isAllowed = (text: string) => [...text].every((char) => allowed.includes(char));
  const byWidth = new Map<number, string[]>([[1, [...allowed, ...[...allowed].map((char) => char.toLowerCase())]]]);
  for (const [char, upper] of Object.entries(UPPER_CASES_TO_LATIN)) {
    if (isAllowed(upper)) byWidth.set(upper.length, [...(byWidth.get(upper.length) ?? []), char]);
  }
  const classes = new Map([...byWidth].map(([width, chars]) => [width, charClass(chars)]));
  const written = compositions(count, [...classes.keys()].sort()).map((widths) => {
    let text = '';
    for (let index = 0; index < widths.length; ) {
      let run = 1;
      while (widths[index + run] === widths[index]) run += 1;
      text += `${classes.get(widths[index] as number)}${run > 1 ? `{${run}}` : ''}`;
      index += run;
    }
    return text;
  });
  return written.length === 1 ? (written[0] as string) : `(?:${written.join('|')})`;
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
  const schema = z.string().trim().min(min).max(max);
  inputPatterns.add(schema, { pattern: trimmedLength(min, max) });
  return schema;
}
