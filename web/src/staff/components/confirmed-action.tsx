import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiError, LocalizedText } from '../../api/types.ts';
import { type ApiAnswer, useSending } from '../../api/use-data.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { StepForm } from '../../components/step-form.tsx';
import type { FormFeedback } from './use-form-feedback.ts';

interface ConfirmedActionProps<T> {
  /** The confirmation box's path, e.g. `close.confirm`. */
  path: string;
  feedback: FormFeedback;
  words: {
    confirm: string;
    confirmHint?: string;
    /** Said when the button is pressed without the box ticked. */
    required: LocalizedText;
    submit: string;
    busy: string;
  };
  act(): Promise<ApiAnswer<T>>;
  onDone(data: T): void;
  /** After a refusal is shown, e.g. to offer what the refusal asks for. */
  onRefused?(error: ApiError): void;
  /** Fields the action needs besides the confirmation. */
  children?: ComponentChildren;
}

/**
 * An action that cannot be undone (closing intake, publishing the selection): the button does it only once the
 * box saying "I am sure" is ticked, and a refusal is shown at the top of the page.
 */
export function ConfirmedAction<T>(props: ConfirmedActionProps<T>) {
  const [confirmed, setConfirmed] = useState(false);
  const { busy, send } = useSending();
  const { feedback, words } = props;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!confirmed) return feedback.fail([{ path: props.path, code: 'FIELD_REQUIRED', message: words.required }]);
    feedback.clear();
    const answer = await send(props.act);
    if (!answer) return;
    if (answer.ok) return props.onDone(answer.data);
    feedback.fail([], answer.error.message);
    props.onRefused?.(answer.error);
  };

  return (
    <StepForm onSubmit={(event) => void submit(event)} busy={busy} submitLabel={words.submit} busyLabel={words.busy}>
      {props.children}
      <Checkbox
        path={props.path}
        label={words.confirm}
        hint={words.confirmHint}
        checked={confirmed}
        onChange={setConfirmed}
        error={feedback.errorOf(props.path)}
      />
    </StepForm>
  );
}
