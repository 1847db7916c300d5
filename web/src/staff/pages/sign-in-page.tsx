import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { navigate } from '../../flow/router.ts';
import { paths } from '../../flow/routes.ts';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSession } from '../session/session-context.ts';
import { signIn } from '../session/sign-in.ts';
import { takeReturnTo } from '../session/token-storage.ts';

const REASONS = {
  'wrong-credentials': staffMessage((s) => s.signIn.wrongCredentials),
  challenge: staffMessage((s) => s.signIn.challenge),
  'too-many': staffMessage((s) => s.signIn.tooMany),
  'reset-required': staffMessage((s) => s.signIn.resetRequired),
  unavailable: staffMessage((s) => s.signIn.unavailable),
};

export function SignInPage() {
  const { s, language } = useStaffTexts();
  const { notice, begin } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const feedback = useFormFeedback();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing: FieldError[] = [];
    if (!username.trim()) {
      missing.push({
        path: 'username',
        code: 'FIELD_REQUIRED',
        message: staffMessage((w) => w.signIn.requiredUsername),
      });
    }
    if (!password) {
      missing.push({
        path: 'password',
        code: 'FIELD_REQUIRED',
        message: staffMessage((w) => w.signIn.requiredPassword),
      });
    }
    if (missing.length > 0) return feedback.fail(missing);
    feedback.clear();
    setBusy(true);
    const outcome = await signIn(username.trim(), password);
    setBusy(false);
    if (!outcome.ok) {
      // The password is not kept on screen after a failed attempt.
      setPassword('');
      return feedback.fail([], REASONS[outcome.reason]);
    }
    if (!begin(outcome.idToken))
      return feedback.fail(
        [],
        staffMessage((w) => w.signIn.notStaff),
      );
    navigate(takeReturnTo() ?? staffPaths.home(), { replace: true });
  };

  return (
    <Page
      title={s.signIn.title}
      errors={feedback.errors}
      pageError={feedback.pageError}
      errorFocusKey={feedback.errorFocusKey}
    >
      <StepForm onSubmit={submit} busy={busy} submitLabel={s.signIn.submit} busyLabel={s.signIn.busy}>
        <Heading>{s.signIn.title}</Heading>
        {notice && (
          <p class="notice notice-info" data-testid="sign-in-notice">
            {notice[language]}
          </p>
        )}
        <p>{s.signIn.intro}</p>
        <TextField
          path="username"
          label={s.signIn.username}
          value={username}
          onInput={setUsername}
          autoComplete="username"
          size="medium"
          error={feedback.errorOf('username')}
        />
        <TextField
          path="password"
          label={s.signIn.password}
          type="password"
          value={password}
          onInput={setPassword}
          autoComplete="current-password"
          size="medium"
          error={feedback.errorOf('password')}
        />
      </StepForm>
      <h2>{s.signIn.applicantsTitle}</h2>
      <p>
        <a href={paths.rounds()}>{s.signIn.applicantsLink}</a>
      </p>
    </Page>
  );
}
