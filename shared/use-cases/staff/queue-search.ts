import { RuleViolationError } from '../../domain/errors.ts';
import type { Keyring } from '../../ports/keyring.ts';
import type { Application } from '../../schemas/application.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../../schemas/common.ts';
import type { SearchKind } from '../../schemas/staff-api.ts';

/** What a search looks for, and whether an application is one of them. */
export interface QueueSearch {
  kind: SearchKind;
  matches(application: Application): boolean;
}

/** As people copy a reference: in either case, the hyphen a space or left out. */
const REFERENCE = new RegExp(`^([${READABLE_LETTERS}]{4})[-\\s]?([${READABLE_DIGITS}]{4})$`, 'i');
const PERSONAL_CODE = /^([0-9]{6})[-\s]?([0-9]{5})$/;

/**
 * Reads the search text: a whole reference, a whole personal code, or words of a name. A personal code is
 * compared by its keyed hash, as the applications keep it: it is never decrypted to search. Part of a code or
 * of a reference finds nothing by design (the hash of a part is no part of the hash), so a text with digits
 * that is neither whole is refused with a message that says what to type.
 */
export function readSearch(text: string, keyring: Pick<Keyring, 'personalCodeHash'>): QueueSearch {
  const trimmed = text.trim();
  const reference = REFERENCE.exec(trimmed);
  if (reference) {
    const wanted = `${reference[1]}-${reference[2]}`.toUpperCase();
    return { kind: 'reference', matches: (application) => application.reference === wanted };
  }
  const code = PERSONAL_CODE.exec(trimmed);
  if (code) {
    const hash = keyring.personalCodeHash(`${code[1]}${code[2]}`);
    return { kind: 'personal-code', matches: (application) => application.personalCode.keyedHash === hash };
  }
  const words = wordsOf(trimmed);
  if (/[0-9]/.test(trimmed) || words.length === 0) {
    throw new RuleViolationError([{ code: 'SEARCH_TEXT_NOT_RECOGNISED', field: 'text' }]);
  }
  return {
    kind: 'name',
    matches: (application) => {
      const { firstName, lastName } = application.person;
      const nameWords = wordsOf(`${firstName} ${lastName}`);
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    },
  };
}

/**
 * The words of a name, folded so that people need not type diacritics or capitals: `Bērziņš` → `berzins`.
 * Hyphens, apostrophes and other marks part words, so each half of a double surname is found by itself.
 */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}
