import { useState } from 'preact/hooks';
import { api as publicApi } from '../../api/client.ts';
import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay, intakeTimes, rigaDateTime } from '../../format/dates.ts';
import type { WindowChange } from '../api/types.ts';
import { rememberRound } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { ConfirmedAction } from '../components/confirmed-action.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useSave } from '../components/use-save.ts';
import { readDay, staffRequired } from '../i18n/field-errors.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Administrators: when intake ends. Closing early ends it at once; extending moves the last day later (and opens
 * again an intake closed early). Both change what every applicant sees, so each asks to confirm first.
 */
export function IntakePage({ roundId }: { roundId: string }) {
  const { s } = useStaffTexts();
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
  const ends = intakeTimes(round.window).last;
  const endsText = s.common.dateTime(ends.date, ends.time);

  return (
    <FeedbackPage title={s.intake.title} feedback={feedback}>
      <RoundHeading title={s.intake.title} round={round} nav="intake" />
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
        <CloseForm round={round} feedback={feedback} onChanged={(next) => changed(next, 'closed')} />
      )}
      <ExtendForm round={round} feedback={feedback} onChanged={(next) => changed(next, 'extended')} />
      {round.windowChanges && round.windowChanges.length > 0 && <WindowChanges changes={round.windowChanges} />}
      {round.intakeState === 'closed' && (
        <p>
          <a href={staffPaths.selection(round.id)}>{s.dashboard.selectionLink}</a>
        </p>
      )}
    </FeedbackPage>
  );
}

/** What each of the page's two forms gets: the round as it stands, the page's errors, and where the change goes. */
interface WindowFormProps {
  round: Round;
  feedback: FormFeedback;
  onChanged(round: Round): void;
}

function CloseForm({ round, feedback, onChanged }: WindowFormProps) {
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
        onDone={onChanged}
      />
    </ReviewSection>
  );
}

function ExtendForm({ round, feedback, onChanged }: WindowFormProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const [lastDay, setLastDay] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const extended: typeof onChanged = (next) => {
    setLastDay('');
    setConfirmed(false);
    onChanged(next);
  };
  const save = useSave(feedback, extended, { form: 'intake', fallbackPath: 'intake.lastDay' });
  const read = readDay(
    'intake.lastDay',
    lastDay,
    (w) => w.intake.requiredLastDay,
    (w) => w.intake.lastDay,
  );
  const check = () => {
    const own = 'error' in read ? [read.error] : [];
    if (!confirmed) own.push(staffRequired('intake.confirm', (w) => w.intake.requiredExtendConfirm));
    return own;
  };

  return (
    <ReviewSection id="extend" title={s.intake.extendTitle}>
      <p>{s.intake.extendText}</p>
      {/* What was extended is said at the top of the page, with the new last day. */}
      <SaveForm
        save={save}
        check={check}
        // Sent only once `check` found the day readable.
        send={() => api.extendIntake(round.id, { lastDay: 'day' in read ? read.day : '' })}
        submitLabel={s.intake.extendButton}
      >
        <TextField
          {...feedback.bindText('intake.lastDay', lastDay, setLastDay)}
          label={s.intake.lastDay}
          hint={s.common.dateHint}
          size="medium"
        />
        <Checkbox {...feedback.bindTick('intake.confirm', confirmed, setConfirmed)} label={s.intake.extendConfirm} />
      </SaveForm>
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
