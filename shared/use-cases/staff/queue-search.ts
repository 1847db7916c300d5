import { RuleViolationError } from '../../domain/errors.ts';
import { nameWords } from '../../domain/name-words.ts';
import type { QueueLookup } from '../../ports/application-repository.ts';
import type { Keyring } from '../../ports/keyring.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../../schemas/common.ts';

/** As people copy a reference: in either case, the hyphen a space or left out. */
const REFERENCE = new RegExp(`^([${READABLE_LETTERS}]{4})[-\\s]?([${READABLE_DIGITS}]{4})$`, 'i');
const PERSONAL_CODE = /^([0-9]{6})[-\s]?([0-9]{5})$/;

/**
 * Reads the search text: a whole reference, a whole personal code, or words of a name. A personal code is
 * compared by its keyed hash, as the applications keep it: it is never decrypted to search. Part of a code or
 * of a reference finds nothing by design (the hash of a part is no part of the hash), so a text with digits
 * that is neither whole is refused with a message that says what to type.
 */
export function readSearch(text: string, keyring: Pick<Keyring, 'personalCodeHash'>): QueueLookup {
  const trimmed = text.trim();
  const reference = REFERENCE.exec(trimmed);
  if (reference) return { kind: 'reference', reference: `${reference[1]}-${reference[2]}`.toUpperCase() };
  const code = PERSONAL_CODE.exec(trimmed);
  if (code) return { kind: 'personal-code', personalCodeHash: keyring.personalCodeHash(`${code[1]}${code[2]}`) };
  const words = nameWords(trimmed);
  if (/[0-9]/.test(trimmed) || words.length === 0) {
    throw new RuleViolationError([{ code: 'SEARCH_TEXT_NOT_RECOGNISED', field: 'text' }]);
  }
  // Each word the beginning of a first name's or surname's word (`nameMatches`).
  return { kind: 'name', words };
}
