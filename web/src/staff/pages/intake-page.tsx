import { useState } from 'preact/hooks';
import { api as publicApi } from '../../api/client.ts';
import type { FieldError, Round } from '../../api/types.ts';
import { useData, useSending } from '../../api/use-data.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { Heading } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay, rigaDateTime } from '../../format/dates.ts';
import type { WindowChange } from '../api/types.ts';
import { rememberRound } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { ConfirmedAction } from '../components/confirmed-action.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading, NotForYou } from '../components/load-state.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { RoundNav } from '../components/round-nav.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { type FormFeedback, showApiError, useFormFeedback } from '../components/use-form-feedback.ts';
import { parseDay } from '../format/dates.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Administrators: when intake ends. Closing early ends it at once; extending moves the last day later (and opens
 * again an intake closed early). Both change what every applicant sees, so each asks to confirm first.
 */
export function IntakePage({ roundId }: { roundId: string }) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  if (identity.role !== 'administrator') return <NotForYou text={s.common.administratorsOnly} />;
  return <Intake roundId={roundId} />;
}

function Intake({ roundId }: { roundId: string }) {
  const { s, language } = useStaffTexts();
  // Read afresh rather than from the visit's copy: this page is about what the round says right now.
  const { data: round, error, retry, replace } = useData(`round:${roundId}`, () => publicApi.round(roundId));
  const feedback = useFormFeedback();
  const [saved, setSaved] = useState<'closed' | 'extended' | undefined>(undefined);

  if (error) return <LoadError error={error} retry={retry} />;
  if (!round) return <Loading />;
  const changed = (next: Round, what: 'closed' | 'extended') => {
    rememberRound(next);
    replace(next);
    setSaved(what);
  };
  const ends = rigaDateTime(round.window.closesAt);
  const endsText = s.common.dateTime(ends.date, ends.time);

  return (
    <FeedbackPage title={s.intake.title} feedback={feedback}>
      <Heading>{s.intake.title}</Heading>
      <p class="lead">{s.queue.roundLine(round.name[language])}</p>
      <RoundNav roundId={round.id} current="intake" />
      <div class="inset" data-testid="intake-state">
        <p>
          <strong>{s.intake.state(s.intake.states[round.intakeState])}</strong>
        </p>
        <p>{s.intake.window(formatDay(round.window.firstDay), formatDay(round.window.lastDay))}</p>
        <p>{round.intakeState === 'closed' ? s.intake.endedAt(endsText) : s.intake.endsAt(endsText)}</p>
      </div>
      <SavedLine
        text={
          saved === 'closed'
            ? s.intake.closed(endsText)
            : saved === 'extended'
              ? s.intake.extended(formatDay(round.window.lastDay))
              : ''
        }
      />
      {round.intakeState === 'open' && !round.window.closedEarlyAt && (
        <CloseForm round={round} feedback={feedback} onClosed={(next) => changed(next, 'closed')} />
      )}
      <ExtendForm round={round} feedback={feedback} onExtended={(next) => changed(next, 'extended')} />
      {round.windowChanges && round.windowChanges.length > 0 && <WindowChanges changes={round.windowChanges} />}
      {round.intakeState === 'closed' && (
        <p>
          <a href={staffPaths.selection(round.id)}>{s.dashboard.selectionLink}</a>
        </p>
      )}
    </FeedbackPage>
  );
}

function CloseForm({
  round,
  feedback,
  onClosed,
}: {
  round: Round;
  feedback: FormFeedback;
  onClosed(round: Round): void;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();

  return (
    <ReviewSection id="close" title={s.intake.closeTitle}>
      <p>{s.intake.closeText}</p>
      <ConfirmedAction
        path="close.confirm"
        feedback={feedback}
        words={{
          confirm: s.intake.closeConfirm,
          required: staffMessage((w) => w.intake.requiredCloseConfirm),
          submit: s.intake.closeButton,
          busy: s.intake.closing,
        }}
        act={() => api.closeIntake(round.id)}
        onDone={onClosed}
      />
    </ReviewSection>
  );
}

function ExtendForm({
  round,
  feedback,
  onExtended,
}: {
  round: Round;
  feedback: FormFeedback;
  onExtended(round: Round): void;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const [lastDay, setLastDay] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { busy, send } = useSending();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const own: FieldError[] = [];
    const text = lastDay.trim();
    const day = parseDay(text);
    if (!text) {
      own.push({
        path: 'intake.lastDay',
        code: 'FIELD_REQUIRED',
        message: staffMessage((w) => w.intake.requiredLastDay),
      });
    } else if (!day) {
      own.push({
        path: 'intake.lastDay',
        code: 'DATE_INVALID',
        message: staffMessage((w) => w.common.invalidDate(w.intake.lastDay)),
      });
    }
    if (!confirmed) {
      own.push({
        path: 'intake.confirm',
        code: 'FIELD_REQUIRED',
        message: staffMessage((w) => w.intake.requiredExtendConfirm),
      });
    }
    if (own.length > 0 || !day) return feedback.fail(own);
    feedback.clear();
    const answer = await send(() => api.extendIntake(round.id, { lastDay: day }));
    if (!answer) return;
    if (!answer.ok) return showApiError(feedback, answer.error, 'intake', 'intake.lastDay');
    setLastDay('');
    setConfirmed(false);
    onExtended(answer.data);
  };

  return (
    <ReviewSection id="extend" title={s.intake.extendTitle}>
      <p>{s.intake.extendText}</p>
      <StepForm
        onSubmit={(event) => void submit(event)}
        busy={busy}
        submitLabel={s.intake.extendButton}
        busyLabel={s.common.saving}
      >
        <TextField
          path="intake.lastDay"
          label={s.intake.lastDay}
          hint={s.common.dateHint}
          size="medium"
          value={lastDay}
          onInput={setLastDay}
          error={feedback.errorOf('intake.lastDay')}
        />
        <Checkbox
          path="intake.confirm"
          label={s.intake.extendConfirm}
          checked={confirmed}
          onChange={setConfirmed}
          error={feedback.errorOf('intake.confirm')}
        />
      </StepForm>
    </ReviewSection>
  );
}

function WindowChanges({ changes }: { changes: WindowChange[] }) {
  const { s } = useStaffTexts();
  const when = (instant: string) => {
    const at = rigaDateTime(instant);
    return s.common.dateTime(at.date, at.time);
  };
  return (
    <ReviewSection id="changes" title={s.intake.changesTitle}>
      <ColumnTable
        columns={[
          {
            title: s.application.when,
            nowrap: true,
            cell: (change) => when(change.change === 'closed-early' ? change.closedAt : change.at),
          },
          {
            title: s.application.what,
            cell: (change) =>
              change.change === 'closed-early'
                ? s.intake.changeClosed
                : s.intake.changeExtended(formatDay(change.lastDay)),
          },
        ]}
        rows={changes}
        rowKey={(change, index) => `${change.at}-${index}`}
        caption={s.intake.changesCaption}
        captionId="changes-caption"
        captionClass="visually-hidden"
      />
    </ReviewSection>
  );
}
