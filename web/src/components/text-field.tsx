import type { JSX } from 'preact';
import type { LocalizedText } from '../api/types.ts';
import { Field } from './field.tsx';

interface TextFieldProps {
  /** The field's path in the request, e.g. `person.firstName`: it names the input and finds its errors. */
  path: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onInput(value: string): void;
  error?: LocalizedText | undefined;
  optional?: boolean | undefined;
  type?: 'text' | 'email' | 'tel' | 'password';
  autoComplete?: string;
  inputMode?: JSX.HTMLAttributes['inputMode'];
  /** How many characters the box is sized for; it never grows past the screen. */
  size?: 'short' | 'medium' | 'long';
  spellcheck?: boolean;
}

export function TextField(props: TextFieldProps) {
  return (
    <Field path={props.path} label={props.label} hint={props.hint} error={props.error} optional={props.optional}>
      {(wiring) => (
        <input
          class={`input input-${props.size ?? 'long'}`}
          {...wiring}
          name={props.path}
          type={props.type ?? 'text'}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          spellcheck={props.spellcheck ?? false}
        />
      )}
    </Field>
  );
}
