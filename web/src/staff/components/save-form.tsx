import type { ComponentChildren } from 'preact';
import type { ApiResult } from '../../api/client.ts';
import type { FieldError } from '../../api/types.ts';
import { StepForm } from '../../components/step-form.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { SavedLine } from './saved-line.tsx';
import type { Save } from './use-save.ts';

interface SaveFormProps<T> {
  save: Save<T>;
  /** The browser's own checks of the fields, before anything is sent: what is missing, or nothing. */
  check(): FieldError[];
  /** The request, sent only once `check` finds nothing. */
  send(): Promise<ApiResult<T>>;
  submitLabel: string;
  /** Said under the button once saved; none where the page says it elsewhere (the form is gone by then). */
  savedText?: string;
  children: ComponentChildren;
}

/**
 * One of a staff page's small forms: its fields, its button, which reads "Saving…" until the answer arrives,
 * and the line under it that says the change was saved.
 */
export function SaveForm<T>({ save, check, send, submitLabel, savedText, children }: SaveFormProps<T>) {
  const { s } = useStaffTexts();
  const submit = (event: Event) => {
    event.preventDefault();
    void save.run(check(), send);
  };
  return (
    <>
      <StepForm onSubmit={submit} busy={save.busy} submitLabel={submitLabel} busyLabel={s.common.saving}>
        {children}
      </StepForm>
      {savedText !== undefined && <SavedLine text={save.saved ? savedText : ''} />}
    </>
  );
}
