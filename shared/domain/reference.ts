import { READABLE_DIGITS, READABLE_LETTERS } from '../schemas/common.ts';

/**
 * How many references a new draft may try: the chance that all are taken is below 10⁻¹⁸ even at 100 000
 * applications in the table.
 */
export const REFERENCE_DRAWS = 5;

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

/**
 * The references a draft started under an idempotency key may get, in the order they are tried, read off the
 * key's SHA-256 (64 hex digits): every attempt of one request tries the same ones, so a retry finds the draft
 * where the first attempt stored it, and the draft itself can carry its idempotency record. The digest is taken
 * as one number and divided down, symbol by symbol; its 256 bits hold the 5 × 29 the draws need, each as good as
 * uniform (its bias is below 2⁻¹⁰⁰).
 */
export function draftReferences(keyHash: string): string[] {
  if (!/^[0-9a-f]{64}$/.test(keyHash)) throw new RangeError('A key hash is 64 hex digits');
  let rest = BigInt(`0x${keyHash}`);
  const randomInt = (max: number) => {
    const base = BigInt(max);
    const symbol = Number(rest % base);
    rest /= base;
    return symbol;
  };
  return Array.from({ length: REFERENCE_DRAWS }, () => newReference(randomInt));
}
