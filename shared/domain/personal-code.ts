/**
 * The Latvian personal code (personas kods). Two formats are in use:
 * - legacy `DDMMYY-CNNNN` (until 30.06.2017): date of birth, century digit, check digit;
 * - new `3XXXXX-XXXXX` (since 01.07.2017): second digit 2–9, no date, no check digit.
 * A legacy code can begin with 30 or 31 (the day), never 32–39, so the first two digits tell them apart.
 */
export type PersonalCode =
  | { format: 'legacy'; normalised: string; dateOfBirth: string; checksumMatches: boolean }
  | { format: 'new'; normalised: string };

export type PersonalCodeProblem = 'PERSONAL_CODE_MALFORMED' | 'PERSONAL_CODE_DATE_INVALID';

const SHAPE = /^(\d{6})-?(\d{5})$/;
/** How a new code begins, and no legacy one: 32 to 39. */
const NEW_FORMAT_START = '3[2-9]';
const NEW_FORMAT = new RegExp(`^${NEW_FORMAT_START}\\d{9}$`);
const CHECK_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CENTURIES: Record<string, number> = { '0': 1800, '1': 1900, '2': 2000 };

export function parsePersonalCode(input: string): PersonalCode | PersonalCodeProblem {
  const shape = SHAPE.exec(input.trim());
  if (!shape) return 'PERSONAL_CODE_MALFORMED';
  const digits = `${shape[1]}${shape[2]}`;
  if (NEW_FORMAT.test(digits)) return { format: 'new', normalised: digits };

  const century = CENTURIES[digits[6] as string];
  if (century === undefined) return 'PERSONAL_CODE_MALFORMED';
  const dateOfBirth = realDate(
    century + Number(digits.slice(4, 6)),
    Number(digits.slice(2, 4)),
    Number(digits.slice(0, 2)),
  );
  if (!dateOfBirth) return 'PERSONAL_CODE_DATE_INVALID';
  return { format: 'legacy', normalised: digits, dateOfBirth, checksumMatches: legacyChecksumMatches(digits) };
}

/** Whether a code, even half typed, begins as a new one does: then it carries no date of birth. */
export function beginsAsNewFormat(input: string): boolean {
  return new RegExp(`^${NEW_FORMAT_START}`).test(input.trim());
}

/**
 * (1101 − Σ dᵢ·wᵢ) mod 11 must equal the 11th digit. When the formula gives 10 no digit can match; public
 * validators disagree there, so a mismatch is only flagged for a social worker, never a rejection.
 */
export function legacyChecksumMatches(digits: string): boolean {
  const sum = CHECK_WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return (1101 - sum) % 11 === Number(digits[10]);
}

/** `YYYY-MM-DD` when year, month and day form a date that exists, otherwise undefined. */
export function realDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `25067511421` → `250675-11421`: as the code is printed on documents, so staff can compare the two at a glance. */
export function printedPersonalCode(normalised: string): string {
  return /^\d{11}$/.test(normalised) ? `${normalised.slice(0, 6)}-${normalised.slice(6)}` : normalised;
}
