import { useState } from 'preact/hooks';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { authenticatorLink, groupedKey } from '../session/authenticator-key.ts';
import { type Challenge, confirmNewApp } from '../session/sign-in.ts';
import {
  CODE_PATH,
  CodeField,
  endsTheSignIn,
  readCode,
  refusalMessage,
  type SignInFlow,
  StartAgain,
  wrongCodeError,
} from './sign-in-parts.tsx';

/**
 * The user pool's MFA_SETUP: the first sign-in of an account with no authenticator app. The page gives the key
 * the pool made for the app, as text grouped for reading and as an `otpauth://` link for a device that has the
 * app, and asks for the app's first code, which proves the key was entered right.
 */
export function AppSetupPage({
  challenge,
  flow,
}: {
  challenge: Extract<Challenge, { step: 'set-up-app' }>;
  flow: SignInFlow;
}) {
  const { s } = useStaffTexts();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const feedback = useFormFeedback();
  const texts = s.signIn.setUpApp;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const read = readCode(typed);
    if ('error' in read) return feedback.fail([read.error]);
    feedback.clear();
    setBusy(true);
    const outcome = await confirmNewApp(challenge, read.code);
    setBusy(false);
    if (outcome.kind !== 'refused') return flow.advance(outcome);
    if (endsTheSignIn(outcome.reason)) return flow.restart(outcome.reason);
    setTyped('');
    if (outcome.reason === 'wrong-code') return feedback.fail([wrongCodeError()]);
    feedback.fail([], refusalMessage(outcome.reason, { afterCodes: true }));
  };

  return (
    <Page
      title={texts.title}
      errors={feedback.errors}
      pageError={feedback.pageError}
      errorFocusKey={feedback.errorFocusKey}
    >
      <StepForm onSubmit={submit} busy={busy} submitLabel={texts.submit} busyLabel={texts.busy}>
        <Heading>{texts.title}</Heading>
        <p>{texts.intro}</p>
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
        <CodeField label={texts.code} value={typed} onInput={setTyped} error={feedback.errorOf(CODE_PATH)} />
      </StepForm>
      <StartAgain onStart={() => flow.restart()} />
    </Page>
  );
}
