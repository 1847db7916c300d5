import type { SelectionRunResponse } from '../api/types.ts';
import { ConfirmedAction } from '../components/confirmed-action.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { UnavailableAction } from '../components/unavailable-action.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import type { IntakePhase } from '../intake/intake-phase.ts';
import { useSignedIn } from '../session/session-context.ts';

interface PublishSectionProps {
  /** The latest run; none before the first. */
  data: SelectionRunResponse | undefined;
  phase: IntakePhase;
  feedback: FormFeedback;
  onPublished(answer: SelectionRunResponse): void;
  onStale(): void;
}

/**
 * Publishing e-mails every applicant, once, and cannot be undone: it stands apart from every other action (a red
 * frame, a red button), says how many e-mails go out, and asks the administrator to tick that the results are
 * checked and that this is final. Before there is a run to publish, or while the run is stale or intake is open
 * again, the button is shown unavailable with the reason. A run that went stale meanwhile is refused; the page
 * then asks to run it again.
 */
export function PublishSection({ data, phase, feedback, onPublished, onStale }: PublishSectionProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const reach = data?.publication;
  const ready = data && reach && !data.stale && phase === 'closed' ? { run: data.run, reach } : undefined;
  // Said only while the run is not ready to publish, in the order they need seeing to.
  const reason = !reach
    ? s.selection.publishNotRun
    : data?.stale
      ? s.selection.publishStale
      : s.selection.publishIntakeOpen;

  return (
    <ReviewSection id="publish" title={s.selection.publishTitle}>
      <div class="irreversible" data-testid="publish-warning">
        <p class="irreversible-title">{s.selection.publishIrreversible}</p>
        <p>{s.selection.publishEmails}</p>
        {ready && (
          <p data-testid="publish-count">
            <strong>{s.selection.publishCount(ready.reach.emails, ready.reach.applications)}</strong>
          </p>
        )}
        {ready && ready.reach.applicationsWithoutEmail > 0 && (
          <p>{s.selection.publishWithoutEmail(ready.reach.applicationsWithoutEmail)}</p>
        )}
        <p>{s.selection.publishOnce}</p>
        {ready ? (
          <ConfirmedAction
            path="publish.confirm"
            feedback={feedback}
            words={{
              confirm: s.selection.confirm(ready.reach.emails),
              confirmHint: s.selection.confirmHint,
              required: staffMessage((w) => w.selection.requiredConfirm),
              submit: s.selection.publishButton,
              busy: s.selection.publishing,
            }}
            act={() => api.publishSelection(ready.run.roundId, ready.run.runId)}
            onDone={onPublished}
            onRefused={(error) => {
              if (error.code === 'SELECTION_STALE') onStale();
            }}
          />
        ) : (
          <UnavailableAction id="publish" label={s.selection.publishButton} reason={reason} />
        )}
      </div>
    </ReviewSection>
  );
}
