/** `25067511421` → `250675-11421`: the way the code is printed on documents, so the two are easy to compare. */
export function showPersonalCode(code: string): string {
  return /^\d{11}$/.test(code) ? `${code.slice(0, 6)}-${code.slice(6)}` : code;
}
