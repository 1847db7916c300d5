import { useStaffTexts } from '../i18n/texts.ts';
import { sendAppCode } from '../session/sign-in.ts';
import { type ChallengeStepProps, CodeStep } from './sign-in-parts.tsx';

/** The user pool's SOFTWARE_TOKEN_MFA: after the password, the code the person's authenticator app shows now. */
export function AppCodePage({ challenge, flow }: ChallengeStepProps<'app-code'>) {
  const { s } = useStaffTexts();
  return <CodeStep texts={s.signIn.appCode} flow={flow} send={(code) => sendAppCode(challenge, code)} />;
}
