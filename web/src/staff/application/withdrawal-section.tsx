import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';
import { DecidedBy } from './decided-by.tsx';
import type { ReviewFormProps } from './review-form-props.ts';

/**
 * The person gives up the application or the place: the withdrawal step, opened from the action on the task list,
 * never a form on every application. Once the results are published, a selected person's place passes to the
 * next on the waiting list, who is e-mailed: the form says so, and asks to confirm first. Once recorded, the step
 * shows the withdrawal instead.
 */
export function WithdrawalSection({ view, feedback, onSaved }: ReviewFormProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { application } = view;
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const save = useSave(feedback, onSaved, { form: 'withdrawal', fallbackPath: 'withdrawal.reason' });
  const withdrawal = application.withdrawal;
  const current = useRef<HTMLParagraphElement>(null);
  // The form goes once the withdrawal is recorded: focus moves to what the page now says instead.
  useEffect(() => {
    if (save.saved && withdrawal) current.current?.focus();
  }, [save.saved, withdrawal !== undefined]);

  const check = () => {
    const own: FieldError[] = [];
    if (!reason.trim()) own.push(staffRequired('withdrawal.reason', (w) => w.withdrawal.requiredReason));
    if (!confirmed) own.push(staffRequired('withdrawal.confirm', (w) => w.withdrawal.requiredConfirm));
    return own;
  };

  return (
    <>
      {withdrawal ? (
        <div>
          <p data-testid="withdrawal-current" tabIndex={-1} ref={current}>
            <strong>{s.withdrawal.current}</strong>
          </p>
          <p class="pre-line">{s.withdrawal.currentReason(withdrawal.reason)}</p>
          <DecidedBy by={withdrawal.by} at={withdrawal.at} />
          <p>
            <a href={staffPaths.selection(application.roundId)}>{s.withdrawal.selectionLink}</a>
          </p>
        </div>
      ) : (
        <div>
          <p>{s.withdrawal.intro}</p>
          <p class="inset">{s.withdrawal.promotion}</p>
          <SaveForm
            save={save}
            check={check}
            send={() => api.recordWithdrawal(application.reference, { reason: reason.trim() })}
            submitLabel={s.withdrawal.submit}
          >
            <TextArea
              {...feedback.bindText('withdrawal.reason', reason, setReason)}
              label={s.withdrawal.reason}
              hint={s.withdrawal.reasonHint}
            />
            <Checkbox
              {...feedback.bindTick('withdrawal.confirm', confirmed, setConfirmed)}
              label={s.withdrawal.confirm}
            />
          </SaveForm>
        </div>
      )}
      <SavedLine text={save.saved ? s.withdrawal.saved : ''} />
    </>
  );
}
