/**
 * The staff user pool's password rules (infra/constructs/staff-user-pool.ts): at least 12 characters, with a
 * lower-case letter, an upper-case letter, a digit and a symbol. The stand-in refuses a new password with the same
 * exception and words as the user pool, so the web app shows the same refusal in both.
 */
export const MIN_PASSWORD_LENGTH = 12;

/** The characters Cognito counts as symbols (a space among them, but not at either end). */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

/** Cognito's message for a password the policy refuses, or `undefined` when it conforms. */
export function passwordPolicyRefusal(password: string): string | undefined {
  const problem = firstProblem(password);
  return problem && `Password does not conform to policy: ${problem}`;
}

function firstProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'Password not long enough';
  if (password !== password.trim()) return 'Password must not begin or end with a space';
  if (!/\p{Ll}/u.test(password)) return 'Password must have lowercase characters';
  if (!/\p{Lu}/u.test(password)) return 'Password must have uppercase characters';
  if (!/[0-9]/.test(password)) return 'Password must have numeric characters';
  if (![...password].some((char) => SYMBOLS.has(char))) return 'Password must have symbol characters';
  return undefined;
}
