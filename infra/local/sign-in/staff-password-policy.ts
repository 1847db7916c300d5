import { type PasswordPolicyProblem, passwordPolicyProblem } from '../../../shared/domain/staff-password-policy.ts';

/**
 * The staff user pool's password rules (`shared/domain/staff-password-policy.ts`, the same the CDK user pool sets),
 * told in the user pool's own words: the stand-in refuses a new password with the same exception and message as
 * Cognito, so the web app shows the same refusal in both.
 */
const COGNITO_WORDS: Record<PasswordPolicyProblem, string> = {
  tooShort: 'Password not long enough',
  edgeSpace: 'Password must not begin or end with a space',
  lowercase: 'Password must have lowercase characters',
  uppercase: 'Password must have uppercase characters',
  digit: 'Password must have numeric characters',
  symbol: 'Password must have symbol characters',
};

/** Cognito's message for a password the policy refuses, or `undefined` when it conforms. */
export function passwordPolicyRefusal(password: string): string | undefined {
  const problem = passwordPolicyProblem(password);
  return problem && `Password does not conform to policy: ${COGNITO_WORDS[problem]}`;
}
