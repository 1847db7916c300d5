import type { JSX } from 'preact';
import type { LocalizedText } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { fieldId } from '../flow/steps.ts';
import { describedBy, ErrorMessage } from './error-message.tsx';

interface TextFieldProps {
  /** The field's path in the request, e.g. `person.firstName`: it names the input and finds its errors. */
  path: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onInput(value: string): void;
  error?: LocalizedText | undefined;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'password';
  autoComplete?: string;
  inputMode?: JSX.HTMLAttributes['inputMode'];
  /** How many characters the box is sized for; it never grows past the screen. */
  size?: 'short' | 'medium' | 'long';
  spellcheck?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { t } = useLanguage();
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <label class="label" for={id}>
        {props.label}
        {props.optional && <span class="optional"> {t.common.optional}</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} message={props.error} />
      <input
        class={`input input-${props.size ?? 'long'}`}
        id={id}
        name={props.path}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        spellcheck={props.spellcheck ?? false}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}
