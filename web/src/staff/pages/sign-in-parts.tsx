import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FieldError, LocalizedText } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { Heading, Page } from '../../components/page.tsx';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { staffFieldError, staffRequired } from '../i18n/field-errors.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import type { Challenge, RefusalReason, SignInOutcome } from '../session/sign-in.ts';

/** What a step of the sign-in hands back to the sign-in page. */
export interface SignInFlow {
  /** The tokens, or the next step the user pool asks for. */
  advance(outcome: Exclude<SignInOutcome, { kind: 'refused' }>): void;
  /** The sign-in cannot go on: back to the username and password, saying why. */
  restart(reason?: RefusalReason): void;
}

/** What the page of a further step gets: the user pool's challenge it answers, and the sign-in to hand back to. */
export interface ChallengeStepProps<S extends Challenge['step']> {
  challenge: Extract<Challenge, { step: S }>;
  flow: SignInFlow;
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

const CODE_PATH = 'code';

/**
 * The 6 digits of a code as typed, with any spaces or dashes dropped (apps show `123 456`), or the field's error.
 */
function readCode(typed: string): { code: string } | { error: FieldError } {
  const code = typed.replace(/[\s-]/g, '');
  if (!code) return { error: staffRequired(CODE_PATH, (s) => s.signIn.code.required) };
  if (!/^[0-9]{6}$/.test(code))
    return { error: staffFieldError(CODE_PATH, 'CODE_FORMAT', (s) => s.signIn.code.format) };
  return { code };
}

const wrongCodeError = () => staffFieldError(CODE_PATH, 'CODE_MISMATCH', (s) => s.signIn.code.wrong);

/** The box for an authenticator app's code: digits on a phone's keyboard, and offered by the browser if it has one. */
function CodeField(props: {
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
function StartAgain({ onStart }: { onStart(): void }) {
  const { s } = useStaffTexts();
  return (
    <p>
      <SecondaryButton onPress={onStart}>{s.signIn.startAgain}</SecondaryButton>
    </p>
  );
}

/** A refusal the step shows itself, as the sign-in can go on from it. */
type StepRefusal = Extract<SignInOutcome, { kind: 'refused' }>;

/**
 * The state of a step of the sign-in: whether the user pool's answer is awaited, and the form's feedback. `send`
 * makes the step's request; the pool's answer moves the sign-in on, a refusal that ends the sign-in starts it
 * again, and any other refusal is given back for the step to show.
 */
export function useSignInStep(flow: SignInFlow) {
  const { busy, send: sending } = useSending();
  const feedback = useFormFeedback();
  const send = async (request: () => Promise<SignInOutcome>): Promise<StepRefusal | undefined> => {
    feedback.clear();
    const outcome = await sending(request);
    if (!outcome) return undefined;
    if (outcome.kind !== 'refused') flow.advance(outcome);
    else if (endsTheSignIn(outcome.reason)) flow.restart(outcome.reason);
    else return outcome;
    return undefined;
  };
  return { busy, feedback, send };
}

/** The words of every step: its title, which is also its heading, its first paragraph and its button's labels. */
interface StepTexts {
  title: string;
  intro: string;
  submit: string;
  busy: string;
}

/**
 * The page of a step of the sign-in: the error summary, the heading, which takes the focus, the intro, the
 * step's own `children`, the "Continue" button, and "Start again" below the form. A second submit while the
 * answer is awaited is ignored.
 */
export function SignInStep(props: {
  texts: StepTexts;
  step: { busy: boolean; feedback: FormFeedback };
  flow: SignInFlow;
  onSubmit(): void;
  children: ComponentChildren;
}) {
  const { texts, step, flow } = props;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!step.busy) props.onSubmit();
  };
  return (
    <Page
      title={texts.title}
      errors={step.feedback.errors}
      pageError={step.feedback.pageError}
      errorFocusKey={step.feedback.errorFocusKey}
    >
      <StepForm onSubmit={submit} busy={step.busy} submitLabel={texts.submit} busyLabel={texts.busy}>
        <Heading>{texts.title}</Heading>
        <p>{texts.intro}</p>
        {props.children}
      </StepForm>
      <StartAgain onStart={() => flow.restart()} />
    </Page>
  );
}

/**
 * A step that asks for the authenticator app's code and sends it with `send`; the step's own `children` come
 * between the intro and the code's box. A refused code is cleared from the box.
 */
export function CodeStep(props: {
  texts: StepTexts & { code: string };
  flow: SignInFlow;
  send(code: string): Promise<SignInOutcome>;
  children?: ComponentChildren;
}) {
  const [typed, setTyped] = useState('');
  const step = useSignInStep(props.flow);

  const submit = async () => {
    const read = readCode(typed);
    if ('error' in read) return step.feedback.fail([read.error]);
    const refusal = await step.send(() => props.send(read.code));
    if (!refusal) return;
    setTyped('');
    if (refusal.reason === 'wrong-code') return step.feedback.fail([wrongCodeError()]);
    step.feedback.fail([], refusalMessage(refusal.reason, { afterCodes: true }));
  };

  return (
    <SignInStep texts={props.texts} step={step} flow={props.flow} onSubmit={submit}>
      {props.children}
      <CodeField label={props.texts.code} value={typed} onInput={setTyped} error={step.feedback.errorOf(CODE_PATH)} />
    </SignInStep>
  );
}
