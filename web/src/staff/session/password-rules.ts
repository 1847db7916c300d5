import { type PasswordPolicyProblem, passwordPolicyProblem } from '../../../../shared/domain/staff-password-policy.ts';

/**
 * The staff user pool's password rules, checked in the browser before the new password is sent by the same
 * module the server side states them in. The user pool checks them again and has the last word; its refusals
 * are read back into the same terms.
 */
export type PasswordProblem = PasswordPolicyProblem | 'reused';

/** The first rule the password breaks, in the order the user pool checks them, or `undefined`. */
export const passwordProblem: (password: string) => PasswordProblem | undefined = passwordPolicyProblem;

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
