import type { FieldError, LocalizedText } from '../../api/types.ts';
import { TextField } from '../../components/text-field.tsx';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import type { RefusalReason, SignInOutcome } from '../session/sign-in.ts';

/** What a step of the sign-in hands back to the sign-in page. */
export interface SignInFlow {
  /** The tokens, or the next step the user pool asks for. */
  advance(outcome: Exclude<SignInOutcome, { kind: 'refused' }>): void;
  /** The sign-in cannot go on: back to the username and password, saying why. */
  restart(reason?: RefusalReason): void;
}

/** Refusals after which the user pool's session is gone, so the sign-in starts again from the password. */
const ENDS_THE_SIGN_IN: readonly RefusalReason[] = ['session-expired', 'session-ended', 'too-many', 'unsupported'];

export function endsTheSignIn(reason: RefusalReason): boolean {
  return ENDS_THE_SIGN_IN.includes(reason);
}

/**
 * Why a sign-in was refused or had to start again, in both languages. `afterCodes`: the refusal came while a code
 * was asked for; `passwordChanged`: the person chose a new password earlier in this sign-in, so the next attempt
 * needs the new one.
 */
export function refusalMessage(
  reason: RefusalReason,
  context: { afterCodes?: boolean; passwordChanged?: boolean } = {},
): LocalizedText {
  switch (reason) {
    case 'wrong-credentials':
      return staffMessage((s) => s.signIn.wrongCredentials);
    case 'wrong-code':
      return staffMessage((s) => s.signIn.code.wrong);
    case 'session-expired':
      return context.passwordChanged
        ? staffMessage((s) => s.signIn.expiredRestartNewPassword)
        : staffMessage((s) => s.signIn.expiredRestart);
    case 'session-ended':
      return staffMessage((s) => s.signIn.sessionEnded);
    case 'too-many':
      return context.afterCodes ? staffMessage((s) => s.signIn.tooManyCodes) : staffMessage((s) => s.signIn.tooMany);
    case 'reset-required':
      return staffMessage((s) => s.signIn.resetRequired);
    case 'unsupported':
      return staffMessage((s) => s.signIn.unsupported);
    default:
      return staffMessage((s) => s.signIn.unavailable);
  }
}

export const CODE_PATH = 'code';

/**
 * The 6 digits of a code as typed, with any spaces or dashes dropped (apps show `123 456`), or the field's error.
 */
export function readCode(typed: string): { code: string } | { error: FieldError } {
  const code = typed.replace(/[\s-]/g, '');
  if (!code) {
    return {
      error: { path: CODE_PATH, code: 'FIELD_REQUIRED', message: staffMessage((s) => s.signIn.code.required) },
    };
  }
  if (!/^[0-9]{6}$/.test(code)) {
    return { error: { path: CODE_PATH, code: 'CODE_FORMAT', message: staffMessage((s) => s.signIn.code.format) } };
  }
  return { code };
}

export function wrongCodeError(): FieldError {
  return { path: CODE_PATH, code: 'CODE_MISMATCH', message: staffMessage((s) => s.signIn.code.wrong) };
}

/** The box for an authenticator app's code: digits on a phone's keyboard, and offered by the browser if it has one. */
export function CodeField(props: {
  label: string;
  value: string;
  onInput(value: string): void;
  error: LocalizedText | undefined;
}) {
  const { s } = useStaffTexts();
  return (
    <TextField
      path={CODE_PATH}
      label={props.label}
      hint={s.signIn.code.hint}
      value={props.value}
      onInput={props.onInput}
      error={props.error}
      autoComplete="one-time-code"
      inputMode="numeric"
      size="short"
    />
  );
}

/** Leaves this sign-in and goes back to the username and password. */
export function StartAgain({ onStart }: { onStart(): void }) {
  const { s } = useStaffTexts();
  return (
    <p>
      <button type="button" class="button button-secondary" onClick={onStart}>
        {s.signIn.startAgain}
      </button>
    </p>
  );
}
