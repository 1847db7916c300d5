import type { LocalizedText } from '../../api/types.ts';
import { describedBy, ErrorMessage } from '../../components/error-message.tsx';
import { fieldId } from '../../flow/steps.ts';

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
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <label class="label" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} message={props.error} />
      <select
        class="input select"
        id={id}
        name={props.path}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
