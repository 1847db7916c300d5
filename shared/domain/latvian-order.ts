/**
 * Names in Latvian alphabetical order as a key that sorts as plain text: a list index (DynamoDB compares keys by
 * their bytes) can then keep names in the order people expect, which `Intl.Collator('lv')` gives only in memory.
 *
 * The key follows the collator's three levels. First the letters (ā after a, č after c, y between i and ī, as
 * CLDR's Latvian order has them; spaces and marks before digits, digits before letters); then, only between names
 * with the same letters, the marks the Latvian alphabet does not count as letters (ö, é, ł …); then case, small
 * letters first. Every key is printable ASCII, so it also sorts the same as JavaScript strings.
 */

/** The Latvian alphabet with the Latin letters it borrows, in the collator's order. */
const LETTERS = 'aābcčdeēfgģhiyījkķlļmnņoōpqrŗsštuūvwxzž';
/** Characters between words, in the collator's order; all come before digits and letters. */
const SEPARATORS = ' _-,;:!?.\'"()/&';
const DIGITS = '0123456789';

/** One character per primary weight, from `0` up: all lie above the separators of the key below. */
const PRIMARY = new Map<string, string>(
  [...SEPARATORS, ...DIGITS, ...LETTERS].map((character, index) => [character, String.fromCharCode(0x30 + index)]),
);
/** Characters the alphabet does not know sort after every letter, by code point. */
const UNKNOWN_PRIMARY = '~';

/** Letters that are marked forms of another without being composed of it in Unicode. */
const MARKED_LETTERS: Record<string, { base: string; mark: string }> = {
  ł: { base: 'l', mark: 'stroke' },
  ø: { base: 'o', mark: 'stroke' },
  đ: { base: 'd', mark: 'stroke' },
  ı: { base: 'i', mark: 'dotless' },
};
/** The typographic apostrophe sorts as the typed one, as a marked form of it. */
const VARIANTS: Record<string, string> = { '’': "'" };
/** Letters that sort as two. */
const EXPANDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe' };

/** Marks in the collator's secondary order (acute before grave before circumflex …). */
const MARK_ORDER = [
  '\u0301',
  '\u0300',
  '\u0306',
  '\u0302',
  '\u030C',
  '\u030A',
  '\u0308',
  '\u030B',
  '\u0303',
  '\u0307',
  'dotless',
  'stroke',
  '\u0327',
  '\u0328',
  '\u0304',
];

/** Between the levels of one name's key: below every weight, so a shorter name sorts first. */
const LEVEL_SEPARATOR = '!';

/** Enough of a name to order any two real names; the key stays far below DynamoDB's 1 KB for a sort key. */
const KEY_CHARACTERS = 24;

interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
}

/** The sort key of one name: its letters, then its marks, then its case. */
export function latvianSortKey(name: string): string {
  const weights = [...name.normalize('NFC')].slice(0, KEY_CHARACTERS).flatMap(weightsOf);
  return [
    weights.map((weight) => weight.primary).join(''),
    weights.map((weight) => weight.secondary).join(''),
    weights.map((weight) => weight.tertiary).join(''),
  ].join(LEVEL_SEPARATOR);
}

function weightsOf(character: string): Weights[] {
  const lower = character.toLowerCase();
  const tertiary = lower === character ? '0' : '1';
  const expanded = EXPANDED[lower];
  if (expanded)
    return [...expanded].map((letter) => ({ primary: PRIMARY.get(letter) as string, secondary: '1', tertiary }));
  const own = PRIMARY.get(lower);
  if (own) return [{ primary: own, secondary: '0', tertiary }];
  const variant = VARIANTS[lower];
  if (variant) return [{ primary: PRIMARY.get(variant) as string, secondary: secondaryOf(character), tertiary }];
  const [base = lower, ...marks] = [...lower.normalize('NFD')];
  const marked = MARKED_LETTERS[lower] ?? { base, mark: marks[0] ?? '' };
  const primary = PRIMARY.get(marked.base);
  if (!primary) {
    const codePoint = (character.codePointAt(0) as number).toString(16).padStart(6, '0');
    return [{ primary: `${UNKNOWN_PRIMARY}${codePoint}`, secondary: '0', tertiary: '0' }];
  }
  return [{ primary, secondary: secondaryOf(marked.mark), tertiary }];
}

/** `0` is no mark; known marks in their order from `1`; any other mark after them. */
function secondaryOf(mark: string): string {
  const index = MARK_ORDER.indexOf(mark);
  return String.fromCharCode(0x31 + (index < 0 ? MARK_ORDER.length : index));
}
