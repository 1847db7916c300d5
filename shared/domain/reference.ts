import { READABLE_DIGITS, READABLE_LETTERS } from '../schemas/common.ts';

/**
 * A new reference number, e.g. `KDMA-4729`: easy to read aloud and to write down by hand. 19⁴·8⁴ ≈ 5.3·10⁸
 * possibilities; the store refuses a taken one and the caller draws again.
 */
export function newReference(randomInt: (max: number) => number): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];
  const letters = Array.from({ length: 4 }, () => pick(READABLE_LETTERS)).join('');
  const digits = Array.from({ length: 4 }, () => pick(READABLE_DIGITS)).join('');
  return `${letters}-${digits}`;
}
