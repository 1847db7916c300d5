import type { LocalizedText } from '../api/types.ts';
import { fieldId } from '../flow/steps.ts';
import { describedBy, ErrorMessage } from './error-message.tsx';

interface CheckboxProps {
  path: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: LocalizedText | undefined;
}

export function Checkbox(props: CheckboxProps) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <ErrorMessage id={`${id}-error`} message={props.error} />
      <div class="checkbox">
        <input
          class="checkbox-input"
          type="checkbox"
          id={id}
          name={props.path}
          checked={props.checked}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
          aria-describedby={describedBy(id, props.hint, props.error)}
          aria-invalid={props.error ? 'true' : undefined}
        />
        <label class="checkbox-label" for={id}>
          {props.label}
        </label>
        {props.hint && (
          <p class="hint checkbox-hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        )}
      </div>
    </div>
  );
}
