import { Field, type FieldWords } from '../../components/field.tsx';

interface SelectFieldProps extends Omit<FieldWords, 'optional'> {
  options: { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
}

/**
 * A native select: a long list (municipalities, audit actions) stays short on screen, and the arrow keys and
 * typing the first letters work as people expect. It changes nothing by itself; the form's button applies it.
 */
export function SelectField(props: SelectFieldProps) {
  return (
    <Field {...props}>
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
