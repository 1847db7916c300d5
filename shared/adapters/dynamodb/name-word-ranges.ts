/** The highest code point: in DynamoDB's byte order of UTF-8, after every letter a word can go on with. */
const AFTER_EVERY_LETTER = '\u{10FFFF}';

/** A Query's key condition over one range of a municipality's index of name words. */
export interface NameWordRange {
  KeyConditionExpression: string;
  ExpressionAttributeValues: Record<string, string>;
}

/**
 * The ranges of a municipality's index of name words (sort keys `<word>#<other>#<reference>`) that hold every name a
 * search can find, chosen to read few items. The longest word searched, L, begins some word W of the name. Either W
 * is L itself: then another word searched, S, that does not begin L (so W cannot be the word it matches) begins
 * another word of the name, and the pairs `L#S…` hold that name; or W goes on after L, and the range after all of
 * `L#…` holds it (few names: those with a word that merely begins with a whole other word). Without such an S, every
 * pair of a word that L begins is read. The caller still checks every word searched against each name.
 */
export function nameWordRanges(pk: string, words: readonly string[]): NameWordRange[] {
  const [longest = '', ...rest] = [...words].sort((a, b) => b.length - a.length);
  const other = rest.find((word) => !longest.startsWith(word));
  if (other === undefined) return [beginningWith(pk, longest)];
  return [
    beginningWith(pk, `${longest}#${other}`),
    {
      // `$` sorts right after `#`, and before every letter: from the first word that goes on after L.
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': pk, ':from': `${longest}$`, ':to': `${longest}${AFTER_EVERY_LETTER}` },
    },
  ];
}

function beginningWith(pk: string, prefix: string): NameWordRange {
  return {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
  };
}
