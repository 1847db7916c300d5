import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiResult } from '../../api/client.ts';
import type { FieldError } from '../../api/types.ts';
import type { StaffApplicationResponse } from '../api/types.ts';
import { SavedLine } from '../components/saved-line.tsx';
import type { Save } from '../components/use-save.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import type { ReviewFormProps } from './review-form-props.ts';
import { mayDecide } from './review-steps.ts';
import { useOpenNext } from './use-open-next.ts';

interface ReviewSaveFormProps extends Pick<ReviewFormProps, 'view' | 'feedback'> {
  save: Save<StaffApplicationResponse>;
  /** The browser's own checks of the fields, before anything is sent: what is missing, or nothing. */
  check(): FieldError[];
  /** The request, sent only once `check` finds nothing. */
  send(): Promise<ApiResult<StaffApplicationResponse>>;
  savedText: string;
  children: ComponentChildren;
}

/**
 * A review step's form with two ways to save: "Save", which stays on the step and says it was saved, and "Save and
 * open the next one to review", which then opens the next application of the municipality that waits for review.
 * Enter in a field means "Save", the first button. Either button reads "Saving…" while it is the one pressed.
 * Nothing once the review can no longer change (a withdrawn application): the decision above it stays in view.
 */
export function ReviewSaveForm({ view, feedback, save, check, send, savedText, children }: ReviewSaveFormProps) {
  const { s } = useStaffTexts();
  const openNext = useOpenNext(view.application, feedback);
  const [pressed, setPressed] = useState<'save' | 'next'>('save');
  const busy = save.busy || openNext.busy;

  if (!mayDecide(view.application)) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const andNext = ((event as SubmitEvent).submitter as HTMLButtonElement | null)?.value === 'next';
    setPressed(andNext ? 'next' : 'save');
    if ((await save.run(check(), send)) && andNext) await openNext.run();
  };
  const label = (button: 'save' | 'next', idle: string) => {
    if (!busy || pressed !== button) return idle;
    return save.busy ? s.common.saving : s.application.openingNext;
  };

  return (
    <>
      <form class="form" noValidate onSubmit={submit}>
        {children}
        <div class="button-row">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus while saving. */}
          <button class="button" type="submit" value="save" aria-disabled={busy ? 'true' : undefined}>
            {label('save', s.common.save)}
          </button>
          <button class="button button-secondary" type="submit" value="next" aria-disabled={busy ? 'true' : undefined}>
            {label('next', s.application.saveAndNext)}
          </button>
        </div>
      </form>
      <SavedLine text={save.saved ? savedText : ''} />
    </>
  );
}
