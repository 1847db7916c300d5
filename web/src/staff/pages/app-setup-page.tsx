import { useStaffTexts } from '../i18n/texts.ts';
import { authenticatorLink, groupedKey } from '../session/authenticator-key.ts';
import { confirmNewApp } from '../session/sign-in.ts';
import { type ChallengeStepProps, CodeStep } from './sign-in-parts.tsx';

/**
 * The user pool's MFA_SETUP: the first sign-in of an account with no authenticator app. The page gives the key
 * the pool made for the app, as text grouped for reading and as an `otpauth://` link for a device that has the
 * app, and asks for the app's first code, which proves the key was entered right.
 */
export function AppSetupPage({ challenge, flow }: ChallengeStepProps<'set-up-app'>) {
  const { s } = useStaffTexts();
  const texts = s.signIn.setUpApp;

  return (
    <CodeStep texts={texts} flow={flow} send={(code) => confirmNewApp(challenge, code)}>
      <p>{s.signIn.timeLimit}</p>
      <ol class="list">
        <li>{texts.install}</li>
        <li>
          <p>{texts.addKey}</p>
          <p class="access-code" data-testid="authenticator-key">
            <span class="visually-hidden">{texts.keyLabel}: </span>
            {groupedKey(challenge.secretCode)}
          </p>
          <p>
            {texts.linkIntro}{' '}
            <a href={authenticatorLink(challenge.secretCode, challenge.username)} data-testid="authenticator-link">
              {texts.link}
            </a>
          </p>
        </li>
        <li>{texts.typeCode}</li>
      </ol>
    </CodeStep>
  );
}
