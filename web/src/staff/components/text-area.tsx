import type { LocalizedText } from '../../api/types.ts';
import { useLanguage } from '../../app-context.ts';
import { describedBy, ErrorMessage } from '../../components/error-message.tsx';
import { fieldId } from '../../flow/steps.ts';

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
      <textarea
        class="input textarea"
        id={id}
        name={props.path}
        rows={props.rows ?? 4}
        maxLength={2000}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}
