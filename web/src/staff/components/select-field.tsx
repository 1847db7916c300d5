import type { LocalizedText } from '../../api/types.ts';
import { Field } from '../../components/field.tsx';

interface SelectFieldProps {
  path: string;
  label: string;
  hint?: string | undefined;
  options: { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
  error?: LocalizedText | undefined;
}

/**
 * A native select: a long list (municipalities, audit actions) stays short on screen, and the arrow keys and
 * typing the first letters work as people expect. It changes nothing by itself; the form's button applies it.
 */
export function SelectField(props: SelectFieldProps) {
  return (
    <Field path={props.path} label={props.label} hint={props.hint} error={props.error}>
      {(wiring) => (
        <select
          class="input select"
          {...wiring}
          name={props.path}
          value={props.value}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
