import type { LocalizedText } from '../../api/types.ts';
import { Field } from '../../components/field.tsx';

interface TextAreaProps {
  path: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onInput(value: string): void;
  error?: LocalizedText | undefined;
  optional?: boolean;
  rows?: number;
}

/** Free text a social worker writes (a note, a justification), labelled and with its error above it. */
export function TextArea(props: TextAreaProps) {
  return (
    <Field path={props.path} label={props.label} hint={props.hint} error={props.error} optional={props.optional}>
      {(wiring) => (
        <textarea
          class="input textarea"
          {...wiring}
          name={props.path}
          rows={props.rows ?? 4}
          maxLength={2000}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
