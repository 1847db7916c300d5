import type { ViolationCode } from '../domain/errors.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { type FieldName, FORMAT_HINTS } from './field-names.ts';

/*
 * The words about the answers an applicant types, in Latvian and English: the server answers with them
 * (`messages.ts`, `validation-messages.ts`) and the applicant's pages show them on the page where the answer is
 * typed, so a person reads the same sentence wherever a problem is found. Plain values only: the browser
 * imports this module.
 */

/** The rules of the call about the person's own details. */
export type EntryMessageCode = Extract<
  ViolationCode,
  | 'PERSONAL_CODE_MALFORMED'
  | 'PERSONAL_CODE_DATE_INVALID'
  | 'DATE_OF_BIRTH_REQUIRED'
  | 'DATE_OF_BIRTH_MISMATCH'
  | 'DATE_OF_BIRTH_INVALID'
>;

export const entryMessages: Record<EntryMessageCode, LocalizedText> = {
  PERSONAL_CODE_MALFORMED: {
    lv: 'Personas kods nav pareizs. Tajā ir 11 cipari, piemēram, 010190-12345 vai 321234-56789. Svītriņu var nerakstīt. Lūdzu, pārbaudiet ciparus.',
    en: 'The personal code is not right. It has 11 digits, for example 010190-12345 or 321234-56789. You do not have to write the hyphen. Please check the digits.',
  },
  PERSONAL_CODE_DATE_INVALID: {
    lv: 'Personas koda pirmie seši cipari nav īsts dzimšanas datums. Tie ir diena, mēnesis un gads. Piemēram, 161175 ir 16.11.1975. Lūdzu, pārbaudiet ciparus.',
    en: 'The first six digits of the personal code are not a real date of birth. They are the day, the month and the year. For example, 161175 is 16.11.1975. Please check the digits.',
  },
  DATE_OF_BIRTH_REQUIRED: {
    lv: 'Jaunajos personas kodos nav dzimšanas datuma. Tie sākas ar 32 līdz 39. Lūdzu, norādiet arī personas dzimšanas datumu.',
    en: 'New personal codes do not contain the date of birth. They start with 32 to 39. Please also give the date of birth of the person.',
  },
  DATE_OF_BIRTH_MISMATCH: {
    lv: 'Dzimšanas datums nesakrīt ar personas kodu. Lūdzu, pārbaudiet abus. Ja personas kodā ir dzimšanas datums, dzimšanas datuma lauku var atstāt tukšu.',
    en: 'The date of birth does not match the personal code. Please check both. If the personal code contains the date of birth, you can leave the date of birth empty.',
  },
  DATE_OF_BIRTH_INVALID: {
    lv: 'Dzimšanas datums nav pareizs. Tam jābūt īstam datumam pagātnē, ne agrāk par 1900. gadu. Lūdzu, pārbaudiet dienu, mēnesi un gadu.',
    en: 'The date of birth is not right. It must be a real date in the past, not before 1900. Please check the day, the month and the year.',
  },
};

/** "Please fill in …": a required field or section left out. */
export function requiredMessage(name: FieldName): LocalizedText {
  return name.section
    ? {
        lv: `Lūdzu, aizpildiet sadaļu „${name.lv}”. Tā ir obligāta.`,
        en: `Please fill in the section “${name.en}”. It is required.`,
      }
    : {
        lv: `Lūdzu, aizpildiet lauku „${name.lv}”. Tas ir obligāts.`,
        en: `Please fill in “${name.en}”. It is required.`,
      };
}

/** The limit of a text's length, for `tooLongMessage`. */
export function maxLengthWords(limit: number): LocalizedText {
  return { lv: `Rakstzīmju skaits nedrīkst pārsniegt ${limit}.`, en: `It can have at most ${limit} characters.` };
}

/** A text over its limit: what is wrong, the limit, and how to fix it. */
export function tooLongMessage(name: FieldName, limit: LocalizedText): LocalizedText {
  return {
    lv: `Teksts laukā „${name.lv}” ir par garu. ${limit.lv} Lūdzu, saīsiniet to.`,
    en: `The text in “${name.en}” is too long. ${limit.en} Please shorten it.`,
  };
}

/** Not an e-mail address. */
export function emailFormatMessage(name: FieldName): LocalizedText {
  return {
    lv: `Laukā „${name.lv}” nav derīgas e-pasta adreses. Derīga adrese izskatās šādi: anna@example.com.`,
    en: `The field “${name.en}” is not a valid e-mail address. A valid address looks like anna@example.com.`,
  };
}

/** Not of the form a pattern asks, with the hint of the field at `path` when it has one. */
export function patternMessage(name: FieldName, path: string): LocalizedText {
  const hint = FORMAT_HINTS[path];
  return {
    lv: `Lauks „${name.lv}” nav pareizā formā. ${hint?.lv ?? 'Lūdzu, pārbaudiet to.'}`,
    en: `The field “${name.en}” is not in the right form. ${hint?.en ?? 'Please check it.'}`,
  };
}
