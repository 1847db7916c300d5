import type { JSX } from 'preact';
import { Field, type FieldWords } from './field.tsx';

export interface TextFieldProps extends FieldWords {
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'email' | 'tel' | 'password';
  autoComplete?: string;
  inputMode?: JSX.HTMLAttributes['inputMode'];
  /** How many characters the box is sized for; it never grows past the screen. */
  size?: 'short' | 'medium' | 'long';
  spellcheck?: boolean;
}

export function TextField(props: TextFieldProps) {
  return (
    <Field {...props}>
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
