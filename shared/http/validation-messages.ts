import type * as z from 'zod/mini';
import type { LocalizedText } from '../schemas/common.ts';
import {
  emailFormatMessage,
  maxLengthWords,
  patternMessage,
  requiredMessage,
  tooLongMessage,
} from './applicant-messages.ts';
import { EXPECTED_KINDS, type FieldName, nameOf, VALUE_NAMES } from './field-names.ts';
import type { FieldError } from './request-error.ts';

/** What kind of fix a field needs; stable, so a form can react to it without reading the words. */
export type FieldErrorCode =
  | 'FIELD_REQUIRED'
  | 'FIELD_INVALID_TYPE'
  | 'FIELD_TOO_LONG'
  | 'FIELD_TOO_SHORT'
  | 'FIELD_NOT_ALLOWED_VALUE'
  | 'FIELD_INVALID_FORMAT'
  | 'FIELD_UNKNOWN';

/**
 * Turns the issues of a failed `safeParse` into one entry per field, each a plain sentence in Latvian and
 * English that names the field in the form's words and says how to fix it. Zod's own messages are for
 * developers and may quote the input; these never repeat a value, because the value may be a personal code.
 *
 * `body` is the parsed input the issues are about: a missing field is told apart from a wrong one by looking there,
 * for every kind of field (zod reports a missing choice as "not one of the allowed values", and its issues do not
 * carry the input).
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], body: unknown): FieldError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return unknownFields(issue.path, issue.keys);
    const path = pathOf(issue.path);
    const { code, message } = describe(issue, path, isMissing(issue, body));
    return [{ path, code, message }];
  });
}

function describe(
  issue: z.core.$ZodIssue,
  path: string,
  missing: boolean,
): { code: FieldErrorCode; message: LocalizedText } {
  const name = nameOf(path);
  if (missing) return { code: 'FIELD_REQUIRED', message: requiredMessage(name) };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'FIELD_INVALID_TYPE', message: path === '' ? wrongBody : wrongType(name, issue.expected) };
    case 'too_big':
      return outOfRange('over', name, issue.origin, Number(issue.maximum), issue);
    case 'too_small':
      return outOfRange('under', name, issue.origin, Number(issue.minimum), issue);
    case 'invalid_value':
      return { code: 'FIELD_NOT_ALLOWED_VALUE', message: notAllowed(name, path, issue.values) };
    case 'invalid_format':
      return { code: 'FIELD_INVALID_FORMAT', message: badFormat(name, path, issue.format) };
    default:
      return { code: 'FIELD_INVALID_FORMAT', message: notValid(name) };
  }
}

/** An empty text (names are trimmed first) is as missing as an absent one. */
function isMissing(issue: z.core.$ZodIssue, body: unknown): boolean {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return true;
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value') return false;
  return issue.path.length > 0 && valueAt(body, issue.path) === undefined;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One entry per unknown key. A key is part of the input, so only a key that looks like a field name is put in
 * the path; anything else (a pasted personal code, an e-mail) is reported at the enclosing level.
 */
function unknownFields(parent: readonly PropertyKey[], keys: readonly string[]): FieldError[] {
  const parentPath = pathOf(parent);
  return keys.map((key) => ({
    path: isFieldName(key) ? joinPath(parentPath, key) : parentPath,
    code: 'FIELD_UNKNOWN',
    message: {
      lv: 'Šāda lauka veidlapā nav. Lūdzu, izņemiet to.',
      en: 'This field is not part of the form. Please remove it.',
    },
  }));
}

const wrongBody: LocalizedText = {
  lv: 'Pieteikuma dati nav pareizā formā. Sūtiet tos kā JSON objektu ar veidlapas laukiem.',
  en: 'The application data is not in the right form. Send it as a JSON object with the fields of the form.',
};

function wrongType(name: FieldName, expected: string): LocalizedText {
  const kind = EXPECTED_KINDS[expected];
  if (!kind) {
    return {
      lv: `Laukā „${name.lv}” ir nepareiza veida vērtība. Lūdzu, izlabojiet to.`,
      en: `The field “${name.en}” has the wrong kind of value. Please correct it.`,
    };
  }
  return name.section
    ? {
        lv: `Sadaļā „${name.lv}” jābūt ${kind.lv}. Lūdzu, izlabojiet to.`,
        en: `The section “${name.en}” must be ${kind.en}. Please correct it.`,
      }
    : {
        lv: `Laukā „${name.lv}” jābūt ${kind.lv}. Lūdzu, izlabojiet to.`,
        en: `The field “${name.en}” must be ${kind.en}. Please correct it.`,
      };
}

interface Bound {
  inclusive?: boolean;
  exact?: boolean;
}

/** The words of a value above its maximum (`over`) or below its minimum (`under`), for text, lists and numbers. */
interface RangeWords {
  textCode: FieldErrorCode;
  textLimit(limit: number): LocalizedText;
  text(name: FieldName, limit: LocalizedText): LocalizedText;
  list(name: FieldName, limit: number): LocalizedText;
  numberLimit(limit: number, inclusive: boolean): LocalizedText;
  number(name: FieldName, limit: LocalizedText): LocalizedText;
}

const RANGE_WORDS: Record<'over' | 'under', RangeWords> = {
  over: {
    textCode: 'FIELD_TOO_LONG',
    textLimit: maxLengthWords,
    text: tooLongMessage,
    list: (name, limit) => ({
      lv: `Sarakstā „${name.lv}” ir par daudz ierakstu. Ierakstu skaits nedrīkst pārsniegt ${limit}.`,
      en: `The list “${name.en}” has too many entries. It can have at most ${limit}.`,
    }),
    numberLimit: (limit, inclusive) =>
      inclusive
        ? { lv: `Lielākais atļautais skaitlis ir ${limit}.`, en: `The highest allowed number is ${limit}.` }
        : { lv: `Skaitlim jābūt mazākam par ${limit}.`, en: `It must be less than ${limit}.` },
    number: (name, limit) => ({
      lv: `Skaitlis laukā „${name.lv}” ir par lielu. ${limit.lv}`,
      en: `The number in “${name.en}” is too high. ${limit.en}`,
    }),
  },
  under: {
    textCode: 'FIELD_TOO_SHORT',
    textLimit: (limit) => ({
      lv: `Rakstzīmju skaitam jābūt vismaz ${limit}.`,
      en: `It needs at least ${limit} characters.`,
    }),
    text: (name, limit) => ({
      lv: `Teksts laukā „${name.lv}” ir par īsu. ${limit.lv} Lūdzu, papildiniet to.`,
      en: `The text in “${name.en}” is too short. ${limit.en} Please complete it.`,
    }),
    list: (name, limit) => ({
      lv: `Sarakstā „${name.lv}” ir par maz ierakstu. Ierakstu skaitam jābūt vismaz ${limit}.`,
      en: `The list “${name.en}” has too few entries. It needs at least ${limit}.`,
    }),
    numberLimit: (limit, inclusive) =>
      inclusive
        ? { lv: `Mazākais atļautais skaitlis ir ${limit}.`, en: `The lowest allowed number is ${limit}.` }
        : { lv: `Skaitlim jābūt lielākam par ${limit}.`, en: `It must be more than ${limit}.` },
    number: (name, limit) => ({
      lv: `Skaitlis laukā „${name.lv}” ir par mazu. ${limit.lv}`,
      en: `The number in “${name.en}” is too low. ${limit.en}`,
    }),
  },
};

/** A text, list or number past the limit the schema sets: what is wrong, the limit, and how to fix it. */
function outOfRange(
  side: 'over' | 'under',
  name: FieldName,
  origin: string,
  limit: number,
  bound: Bound,
): { code: FieldErrorCode; message: LocalizedText } {
  const words = RANGE_WORDS[side];
  if (origin === 'string') {
    const exact = { lv: `Rakstzīmju skaitam jābūt tieši ${limit}.`, en: `It must have exactly ${limit} characters.` };
    return { code: words.textCode, message: words.text(name, bound.exact ? exact : words.textLimit(limit)) };
  }
  if (origin === 'array') return { code: words.textCode, message: words.list(name, limit) };
  if (isNumeric(origin)) {
    const message = words.number(name, words.numberLimit(limit, bound.inclusive !== false));
    return { code: 'FIELD_NOT_ALLOWED_VALUE', message };
  }
  return { code: 'FIELD_NOT_ALLOWED_VALUE', message: notValid(name) };
}

function isNumeric(origin: string): boolean {
  return origin === 'number' || origin === 'int' || origin === 'bigint';
}

/** The allowed values come from the schema, never from the input, so listing them is safe. */
function notAllowed(name: FieldName, path: string, values: readonly unknown[]): LocalizedText {
  const named = VALUE_NAMES[path];
  const choices =
    values.length > 0 && values.length <= 6
      ? values.map((value) => named?.[String(value)] ?? { lv: String(value), en: String(value) })
      : undefined;
  const lead = {
    lv: `Laukā „${name.lv}” ir vērtība, kuras nav sarakstā.`,
    en: `The field “${name.en}” has a value that is not on the list.`,
  };
  if (!choices)
    return { lv: `${lead.lv} Izvēlieties vērtību no saraksta.`, en: `${lead.en} Choose a value from the list.` };
  return {
    lv: `${lead.lv} Izvēlieties: ${listOf(
      choices.map((choice) => choice.lv),
      'vai',
    )}.`,
    en: `${lead.en} Choose: ${listOf(
      choices.map((choice) => choice.en),
      'or',
    )}.`,
  };
}

function badFormat(name: FieldName, path: string, format: string): LocalizedText {
  switch (format) {
    case 'email':
      return emailFormatMessage(name);
    case 'date':
      return {
        lv: `Datums laukā „${name.lv}” nav pareizs. Rakstiet īstu datumu formā GGGG-MM-DD, piemēram, 1975-11-16.`,
        en: `The date in “${name.en}” is not right. Write a real date in the form YYYY-MM-DD, for example 1975-11-16.`,
      };
    case 'datetime':
      return {
        lv: `Laiks laukā „${name.lv}” nav pareizs. Rakstiet to formā GGGG-MM-DDTHH:MM:SSZ, piemēram, 2019-08-01T09:30:00Z.`,
        en: `The time in “${name.en}” is not right. Write it in the form YYYY-MM-DDTHH:MM:SSZ, for example 2019-08-01T09:30:00Z.`,
      };
    case 'url':
      return {
        lv: `Laukā „${name.lv}” nav derīgas saites. Saitei jāsākas ar https://.`,
        en: `The field “${name.en}” is not a valid link. A link starts with https://.`,
      };
    default:
      return patternMessage(name, path);
  }
}

function notValid(name: FieldName): LocalizedText {
  return {
    lv: `Vērtība laukā „${name.lv}” nav derīga. Lūdzu, pārbaudiet to.`,
    en: `The value in “${name.en}” is not valid. Please check it.`,
  };
}

/** "a, b vai c" / "a, b or c". */
function listOf(items: readonly string[], lastJoin: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lastJoin} ${items.at(-1)}`;
}

/**
 * The path of a field, up to the first key that does not look like a field name. Keys of free-form maps (the
 * points by criterion) come from the input, so one that is not name-like (a pasted personal code, control or
 * bidi characters) is never repeated: the error is reported at the map that holds it.
 */
function pathOf(path: readonly PropertyKey[]): string {
  const end = path.findIndex((key) => typeof key !== 'number' && !isFieldName(String(key)));
  return (end === -1 ? path : path.slice(0, end)).map((key) => String(key)).reduce(joinPath, '');
}

function isFieldName(key: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(key);
}

function joinPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}
