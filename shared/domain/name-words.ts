/**
 * The words of a name as the queue search compares them, folded so that people need not type diacritics or
 * capitals: `Bērziņš` → `berzins`. Hyphens, apostrophes and other marks part words, so each half of a double
 * surname is found by itself.
 */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** Whether every word searched for begins one of the name's words: `berz jan` finds Jānis Bērziņš. */
export function nameMatches(searched: readonly string[], words: readonly string[]): boolean {
  return searched.every((word) => words.some((nameWord) => nameWord.startsWith(word)));
}
