import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiResult } from '../../api/client.ts';
import type { FieldError } from '../../api/types.ts';
import type { StaffApplicationResponse } from '../api/types.ts';
import { SavedLine } from '../components/saved-line.tsx';
import { type SaveOptions, useSave } from '../components/use-save.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { CurrentDecision } from './current-decision.tsx';
import type { Decided } from './decided-by.tsx';
import type { ReviewFormProps } from './review-form-props.ts';
import { mayDecide } from './review-steps.ts';
import { useOpenNext } from './use-open-next.ts';

interface ReviewSaveFormProps<D extends Decided> extends ReviewFormProps {
  /** The step's decision as it stands, or undefined while there is none. */
  decided: D | undefined;
  /** What the decision is, in words; who recorded it and when is added below it. */
  describe(decided: D): ComponentChildren;
  saveAs: SaveOptions;
  /** The browser's own checks of the fields, before anything is sent: what is missing, or nothing. */
  check(): FieldError[];
  /** The request, sent only once `check` finds nothing. */
  send(): Promise<ApiResult<StaffApplicationResponse>>;
  savedText: string;
  children: ComponentChildren;
}

/**
 * A review step: its decision as it stands, then its form with two ways to save: "Save", which stays on the step and says it was saved, and "Save and
 * open the next one to review", which then opens the next application of the municipality that waits for review.
 * Enter in a field means "Save", the first button. Either button reads "Saving…" while it is the one pressed.
 * No form once the review can no longer change (a withdrawn application): only the decision stays in view.
 */
export function ReviewSaveForm<D extends Decided>(props: ReviewSaveFormProps<D>) {
  const { view, feedback, check, send, savedText, children } = props;
  const { s } = useStaffTexts();
  const save = useSave(feedback, props.onSaved, props.saveAs);
  const openNext = useOpenNext(view.application, feedback);
  const [pressed, setPressed] = useState<'save' | 'next'>('save');
  const busy = save.busy || openNext.busy;
  const decision = <CurrentDecision decided={props.decided}>{props.describe}</CurrentDecision>;

  if (!mayDecide(view.application)) return decision;

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
      {decision}
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
