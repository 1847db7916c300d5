/** Plain code-unit order: the same on every machine, unlike a locale's collation. */
export function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
