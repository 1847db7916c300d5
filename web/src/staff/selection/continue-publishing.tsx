import { useSending } from '../../api/use-data.ts';
import { BusyButton } from '../../components/busy-button.tsx';
import type { SelectionRunSummary } from '../api/types.ts';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Publishing that has stopped moving on (its background job gave up after repeated failures) goes on from where it
 * stopped when published again: nothing is recorded or e-mailed twice.
 */
export function ContinuePublishing({
  run,
  feedback,
  onContinued,
}: {
  run: SelectionRunSummary;
  feedback: FormFeedback;
  onContinued(): void;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { busy, send } = useSending();
  const press = async () => {
    feedback.clear();
    const answer = await send(() => api.publishSelection(run.roundId, run.runId));
    if (!answer) return;
    if (!answer.ok) return feedback.fail([], answer.error.message);
    onContinued();
  };
  return (
    <div class="button-row">
      <BusyButton
        busy={busy}
        label={s.selection.continuePublishing}
        busyLabel={s.selection.continuingPublishing}
        onPress={() => void press()}
      />
    </div>
  );
}
