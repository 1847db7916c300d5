/**
 * The staff user pool's password rules, checked in the browser before the new password is sent: at least 12
 * characters, with a lower-case letter, an upper-case letter, a digit and a symbol. The user pool checks them
 * again and has the last word; its refusals are read back into the same terms.
 */
export type PasswordProblem = 'tooShort' | 'edgeSpace' | 'lowercase' | 'uppercase' | 'digit' | 'symbol' | 'reused';

export const MIN_PASSWORD_LENGTH = 12;

/** The characters the user pool counts as symbols (a space among them, but not at either end). */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

/** The first rule the password breaks, in the order the user pool checks them, or `undefined`. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password !== password.trim()) return 'edgeSpace';
  if (!/\p{Ll}/u.test(password)) return 'lowercase';
  if (!/\p{Lu}/u.test(password)) return 'uppercase';
  if (!/[0-9]/.test(password)) return 'digit';
  if (![...password].some((char) => SYMBOLS.has(char))) return 'symbol';
  return undefined;
}

/** Which rule the user pool's refusal names (`Password does not conform to policy: …`), if one it knows. */
export function problemOfRefusal(message: string): PasswordProblem | undefined {
  const known: [RegExp, PasswordProblem][] = [
    [/not long enough/i, 'tooShort'],
    [/lowercase/i, 'lowercase'],
    [/uppercase/i, 'uppercase'],
    [/numeric/i, 'digit'],
    [/symbol/i, 'symbol'],
    [/previously been used|password history/i, 'reused'],
    [/leading or trailing|begin or end with a space|regular expression pattern/i, 'edgeSpace'],
  ];
  return known.find(([pattern]) => pattern.test(message))?.[1];
}
