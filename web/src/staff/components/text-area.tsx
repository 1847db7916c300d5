import { Field, type FieldWords } from '../../components/field.tsx';

interface TextAreaProps extends FieldWords {
  value: string;
  onInput(value: string): void;
  rows?: number;
}

/** Free text a social worker writes (a note, a justification), labelled and with its error above it. */
export function TextArea(props: TextAreaProps) {
  return (
    <Field {...props}>
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
