import { useState } from 'preact/hooks';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { type Challenge, sendAppCode } from '../session/sign-in.ts';
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

/** The user pool's SOFTWARE_TOKEN_MFA: after the password, the code the person's authenticator app shows now. */
export function AppCodePage({
  challenge,
  flow,
}: {
  challenge: Extract<Challenge, { step: 'app-code' }>;
  flow: SignInFlow;
}) {
  const { s } = useStaffTexts();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const feedback = useFormFeedback();
  const texts = s.signIn.appCode;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const read = readCode(typed);
    if ('error' in read) return feedback.fail([read.error]);
    feedback.clear();
    setBusy(true);
    const outcome = await sendAppCode(challenge, read.code);
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
        <CodeField label={texts.code} value={typed} onInput={setTyped} error={feedback.errorOf(CODE_PATH)} />
      </StepForm>
      <StartAgain onStart={() => flow.restart()} />
    </Page>
  );
}
