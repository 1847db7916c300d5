import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { TextField } from '../../components/text-field.tsx';
import { fieldError } from '../../flow/field-errors.ts';
import { staffFieldError, staffRequired } from '../i18n/field-errors.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { type PasswordProblem, passwordProblem, problemOfRefusal } from '../session/password-rules.ts';
import { setNewPassword } from '../session/sign-in.ts';
import { type ChallengeStepProps, refusalMessage, SignInStep, useSignInStep } from './sign-in-parts.tsx';

const PASSWORD = 'newPassword';
const REPEAT = 'newPasswordAgain';

const problemMessage = (problem: PasswordProblem) => staffMessage((s) => s.signIn.newPassword[problem]);

/**
 * The user pool's NEW_PASSWORD_REQUIRED: the account was made with a temporary password, and the person chooses
 * their own before anything else. The pool's rules are stated beside the box and checked before sending; the
 * pool's own refusal is shown in the same words, or as it says it when it is one these pages do not know.
 */
export function NewPasswordPage({ challenge, flow }: ChallengeStepProps<'new-password'>) {
  const { s } = useStaffTexts();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const step = useSignInStep(flow);
  const { feedback } = step;
  const texts = s.signIn.newPassword;

  const submit = async () => {
    const errors: FieldError[] = [];
    const problem = password ? passwordProblem(password) : undefined;
    if (!password) errors.push(staffRequired(PASSWORD, (w) => w.signIn.newPassword.required));
    else if (problem) errors.push(fieldError(PASSWORD, problemMessage(problem), 'PASSWORD_POLICY'));
    if (!repeat) errors.push(staffRequired(REPEAT, (w) => w.signIn.newPassword.requiredRepeat));
    else if (password && repeat !== password) {
      errors.push(staffFieldError(REPEAT, 'PASSWORD_MISMATCH', (w) => w.signIn.newPassword.mismatch));
    }
    if (errors.length > 0) return feedback.fail(errors);
    const refusal = await step.send(() => setNewPassword(challenge, password));
    if (!refusal) return;
    // Neither password is kept on screen after a refusal.
    setPassword('');
    setRepeat('');
    if (refusal.reason !== 'invalid-password') return feedback.fail([], refusalMessage(refusal.reason));
    const known = problemOfRefusal(refusal.detail ?? '');
    const message = known
      ? problemMessage(known)
      : staffMessage((w) => w.signIn.newPassword.refused(refusal.detail ?? ''));
    feedback.fail([fieldError(PASSWORD, message, 'PASSWORD_POLICY')]);
  };

  return (
    <SignInStep texts={texts} step={step} flow={flow} onSubmit={submit}>
      <p>{s.signIn.timeLimit}</p>
      {/* The username beside the new password, so a password manager saves the two together. */}
      <input type="text" name="username" autoComplete="username" value={challenge.username} hidden readOnly />
      <TextField
        {...feedback.bindText(PASSWORD, password, setPassword)}
        label={texts.password}
        hint={texts.rules}
        type="password"
        autoComplete="new-password"
        size="medium"
      />
      <TextField
        {...feedback.bindText(REPEAT, repeat, setRepeat)}
        label={texts.repeat}
        type="password"
        autoComplete="new-password"
        size="medium"
      />
    </SignInStep>
  );
}
