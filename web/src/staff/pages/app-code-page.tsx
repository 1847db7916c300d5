import { useStaffTexts } from '../i18n/texts.ts';
import { type Challenge, sendAppCode } from '../session/sign-in.ts';
import { CodeStep, type SignInFlow } from './sign-in-parts.tsx';

/** The user pool's SOFTWARE_TOKEN_MFA: after the password, the code the person's authenticator app shows now. */
export function AppCodePage({
  challenge,
  flow,
}: {
  challenge: Extract<Challenge, { step: 'app-code' }>;
  flow: SignInFlow;
}) {
  const { s } = useStaffTexts();
  return <CodeStep texts={s.signIn.appCode} flow={flow} send={(code) => sendAppCode(challenge, code)} />;
}
