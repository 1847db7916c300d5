import { useState } from 'preact/hooks';
import type { FieldError, LocalizedText } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { requestPageFocus } from '../../components/focus.ts';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { navigate } from '../../flow/router.ts';
import { paths } from '../../flow/routes.ts';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSession } from '../session/session-context.ts';
import { type Challenge, signIn } from '../session/sign-in.ts';
import { takeReturnTo } from '../session/token-storage.ts';
import { AppCodePage } from './app-code-page.tsx';
import { AppSetupPage } from './app-setup-page.tsx';
import { NewPasswordPage } from './new-password-page.tsx';
import { refusalMessage, type SignInFlow } from './sign-in-parts.tsx';

type Step =
  | { step: 'password'; username: string; problem?: LocalizedText | undefined }
  | { step: 'challenge'; challenge: Challenge };

/**
 * Signing in, one question per page at one address: the username and password, then whatever further step the
 * user pool asks for (a new password in place of a temporary one, setting up an authenticator app, the app's
 * code). The pool's session between the steps stays in this page's memory only, never in storage or the address;
 * each new step opens with focus on its heading. When the session runs out or ends, the sign-in starts again
 * from the password, saying why.
 */
export function SignInPage() {
  const { begin } = useSession();
  // `shown` counts the steps shown, so each one is a new page: its form starts empty and its heading takes focus.
  const [state, setState] = useState<{ shown: number; current: Step; passwordChanged: boolean }>({
    shown: 0,
    current: { step: 'password', username: '' },
    passwordChanged: false,
  });

  const show = (current: Step, passwordChanged: boolean) => {
    requestPageFocus();
    window.scrollTo(0, 0);
    setState((previous) => ({ shown: previous.shown + 1, current, passwordChanged }));
  };
  const challengeStep = state.current.step === 'challenge' ? state.current.challenge.step : undefined;
  const usernameSoFar = state.current.step === 'challenge' ? state.current.challenge.username : '';

  const flow: SignInFlow = {
    advance(outcome) {
      // Once the new password is saved, a sign-in that starts again needs that one.
      const passwordChanged = state.passwordChanged || challengeStep === 'new-password';
      if (outcome.kind === 'challenge')
        return show({ step: 'challenge', challenge: outcome.challenge }, passwordChanged);
      if (!begin(outcome.idToken)) {
        return show({ step: 'password', username: '', problem: staffMessage((s) => s.signIn.notStaff) }, false);
      }
      navigate(takeReturnTo() ?? staffPaths.home(), { replace: true });
    },
    restart(reason) {
      const afterCodes = challengeStep === 'set-up-app' || challengeStep === 'app-code';
      const problem = reason
        ? refusalMessage(reason, { afterCodes, passwordChanged: state.passwordChanged })
        : undefined;
      show({ step: 'password', username: usernameSoFar, problem }, false);
    },
  };

  const { current, shown } = state;
  if (current.step === 'password') {
    return <PasswordPage key={shown} username={current.username} problem={current.problem} flow={flow} />;
  }
  const { challenge } = current;
  if (challenge.step === 'new-password') return <NewPasswordPage key={shown} challenge={challenge} flow={flow} />;
  if (challenge.step === 'set-up-app') return <AppSetupPage key={shown} challenge={challenge} flow={flow} />;
  return <AppCodePage key={shown} challenge={challenge} flow={flow} />;
}

/** The first step: username and password. After a sign-in that had to start again, it says why, at the top. */
function PasswordPage(props: { username: string; problem: LocalizedText | undefined; flow: SignInFlow }) {
  const { s, language } = useStaffTexts();
  const { notice } = useSession();
  const [username, setUsername] = useState(props.username);
  const [password, setPassword] = useState('');
  const { busy, send } = useSending();
  const feedback = useFormFeedback();
  // Why the sign-in started again is shown like any other problem, in the error summary, which takes focus,
  // until the next attempt.
  const [problem, setProblem] = useState(props.problem);
  const pageError = feedback.pageError ?? problem;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setProblem(undefined);
    const missing: FieldError[] = [];
    if (!username.trim()) missing.push(staffRequired('username', (w) => w.signIn.requiredUsername));
    if (!password) missing.push(staffRequired('password', (w) => w.signIn.requiredPassword));
    if (!feedback.passes(missing)) return;
    const outcome = await send(() => signIn(username.trim(), password));
    if (!outcome) return;
    if (outcome.kind !== 'refused') return props.flow.advance(outcome);
    // The password is not kept on screen after a failed attempt.
    setPassword('');
    feedback.fail([], refusalMessage(outcome.reason));
  };

  return (
    <Page title={s.signIn.title} errors={feedback.errors} pageError={pageError} errorFocusKey={feedback.errorFocusKey}>
      <StepForm onSubmit={submit} busy={busy} submitLabel={s.signIn.submit} busyLabel={s.signIn.busy}>
        <Heading>{s.signIn.title}</Heading>
        {notice && !pageError && (
          <p class="notice notice-info" data-testid="sign-in-notice">
            {notice[language]}
          </p>
        )}
        <p>{s.signIn.intro}</p>
        <TextField
          {...feedback.bindText('username', username, setUsername)}
          label={s.signIn.username}
          autoComplete="username"
          size="medium"
        />
        <TextField
          {...feedback.bindText('password', password, setPassword)}
          label={s.signIn.password}
          type="password"
          autoComplete="current-password"
          size="medium"
        />
      </StepForm>
      <h2>{s.signIn.applicantsTitle}</h2>
      <p>
        <a href={paths.rounds()}>{s.signIn.applicantsLink}</a>
      </p>
    </Page>
  );
}
