import { useState } from 'preact/hooks';
import type { Round } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { StepForm } from '../../components/step-form.tsx';
import type { SelectionReadinessResponse, SelectionRunResponse } from '../api/types.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { UnavailableAction } from '../components/unavailable-action.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import type { IntakePhase } from '../intake/intake-phase.ts';
import { useSignedIn } from '../session/session-context.ts';
import { UndecidedNotice, undecidedErrors } from './undecided-notice.tsx';

/** The prefix of the server's field paths that name an application still waiting for a decision. */
const UNDECIDED_PREFIX = 'applications.';

interface RunSectionProps {
  round: Round;
  phase: IntakePhase;
  /** When intake ends, as the page says it: to the second after an early closing. */
  intakeEnds: string;
  /** Whether the round has a run already. */
  again: boolean;
  readiness: SelectionReadinessResponse | undefined;
  feedback: FormFeedback;
  onRun(answer: SelectionRunResponse): void;
  onReadiness(readiness: SelectionReadinessResponse): void;
}

/**
 * Running the selection: offered once intake has ended (the page follows its own clock, so the button comes
 * alive when an early closing takes effect), else shown unavailable with when it will be. What still needs a
 * decision is listed above the button, per municipality.
 */
export function RunSection(props: RunSectionProps) {
  const { s } = useStaffTexts();
  return (
    <ReviewSection id="run" title={s.selection.runTitle}>
      <p>{s.selection.runText}</p>
      <UndecidedNotice round={props.round} undecided={props.readiness?.undecided ?? []} />
      {props.phase === 'closed' ? (
        <RunForm {...props} />
      ) : (
        <UnavailableAction
          id="run"
          label={props.again ? s.selection.runAgainButton : s.selection.runButton}
          reason={s.selection.runNotYet(props.intakeEnds)}
        />
      )}
    </ReviewSection>
  );
}

/**
 * A refusal because some applications still wait for a decision is summed up per municipality at the top of the
 * page, each line leading to that municipality's links; they are counted afresh with the refusal, since the
 * refusal itself names applications one by one.
 */
function RunForm({ round, again, feedback, onRun, onReadiness }: RunSectionProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { busy, send } = useSending();
  const [done, setDone] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    feedback.clear();
    setDone(false);
    const outcome = await send(async () => {
      const answer = await api.runSelection(round.id);
      const undecided = !answer.ok && answer.error.fields.some((field) => field.path.startsWith(UNDECIDED_PREFIX));
      return { answer, readiness: undecided ? await api.selectionReadiness(round.id) : undefined };
    });
    if (!outcome) return;
    const { answer, readiness } = outcome;
    if (answer.ok) {
      onRun(answer.data);
      onReadiness({ undecided: [] });
      setDone(true);
      return;
    }
    if (readiness?.ok) onReadiness(readiness.data);
    const groups = readiness?.ok ? readiness.data.undecided : [];
    if (groups.length === 0) return feedback.fail([], answer.error.message);
    const total = groups.reduce((sum, part) => sum + part.count, 0);
    feedback.fail(
      undecidedErrors(round, groups),
      staffMessage((w) => w.selection.undecidedTitle(total)),
    );
  };

  return (
    <>
      <StepForm
        onSubmit={(event) => void submit(event)}
        busy={busy}
        submitLabel={again ? s.selection.runAgainButton : s.selection.runButton}
        busyLabel={s.selection.running}
      />
      <SavedLine text={done ? s.selection.ran : ''} />
    </>
  );
}
