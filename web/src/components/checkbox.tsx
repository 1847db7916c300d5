import type { LocalizedText } from '../api/types.ts';
import { ErrorMessage } from './error-message.tsx';
import { FieldFrame, fieldWiring, Hint } from './field.tsx';

interface CheckboxProps {
  path: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: LocalizedText | undefined;
}

/** A box to tick, its label beside it (where people look for it) and its hint under the label. */
export function Checkbox(props: CheckboxProps) {
  const wiring = fieldWiring(props.path, props.hint, props.error);
  return (
    <FieldFrame error={props.error}>
      <ErrorMessage id={`${wiring.id}-error`} message={props.error} />
      <div class="checkbox">
        <input
          class="checkbox-input"
          type="checkbox"
          {...wiring}
          name={props.path}
          checked={props.checked}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        <label class="checkbox-label" for={wiring.id}>
          {props.label}
        </label>
        <Hint id={wiring.id} text={props.hint} extraClass="checkbox-hint" />
      </div>
    </FieldFrame>
  );
}
