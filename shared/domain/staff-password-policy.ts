/**
 * The staff user pool's password rules: at least 12 characters, with a lower-case letter, an upper-case letter, a
 * digit and a symbol, and no space at either end. Plain, so the staff pages check a new password by the same
 * rules before sending it; the user pool checks them again and has the last word.
 */
export const MIN_PASSWORD_LENGTH = 12;

/** The characters the user pool counts as symbols (a space among them, but not at either end). */
export const PASSWORD_SYMBOLS: ReadonlySet<string> = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

export type PasswordPolicyProblem = 'tooShort' | 'edgeSpace' | 'lowercase' | 'uppercase' | 'digit' | 'symbol';

/** The first rule the password breaks, in the order the user pool checks them, or `undefined`. */
export function passwordPolicyProblem(password: string): PasswordPolicyProblem | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password !== password.trim()) return 'edgeSpace';
  if (!/\p{Ll}/u.test(password)) return 'lowercase';
  if (!/\p{Lu}/u.test(password)) return 'uppercase';
  if (!/[0-9]/.test(password)) return 'digit';
  if (![...password].some((char) => PASSWORD_SYMBOLS.has(char))) return 'symbol';
  return undefined;
}
