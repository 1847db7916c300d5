import { useEffect, useState } from 'preact/hooks';
import type { ApiResult } from '../../api/client.ts';
import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay, intakeTimes, rigaDateTime } from '../../format/dates.ts';
import type { IntakeWindowResponse, StaffWindowChange } from '../api/types.ts';
import { rememberRound } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { ConfirmedAction } from '../components/confirmed-action.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { UnavailableAction } from '../components/unavailable-action.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useSave } from '../components/use-save.ts';
import { readDay, staffRequired } from '../i18n/field-errors.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { ClosingCountdown } from '../intake/closing-countdown.tsx';
import { type IntakePhase, rigaSecond } from '../intake/intake-phase.ts';
import { useIntakePhase } from '../intake/use-intake-phase.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

type Change = 'closed' | 'extended';

/**
 * Administrators: when intake ends. Closing early ends it half a minute later, and the page counts that down
 * and shows intake closed once it is, without a reload; extending moves the last day later (and opens again an
 * intake closed early), until the selection is published. Both change what every applicant sees, so each asks
 * to confirm first. The history says who made each change and when.
 */
export function IntakePage({ roundId }: { roundId: string }) {
  const { api } = useSignedIn();
  // Read afresh rather than from the visit's copy: this page is about what the round says right now.
  const { data, error, retry, replace } = useData(`intake-window:${roundId}`, () => api.intakeWindow(roundId));
  if (error) return <LoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  return <IntakeWindow view={data} onChanged={replace} />;
}

function IntakeWindow({
  view,
  onChanged,
}: {
  view: IntakeWindowResponse;
  onChanged(view: IntakeWindowResponse): void;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const feedback = useFormFeedback();
  const [saved, setSaved] = useState<Change | undefined>(undefined);
  const phase = useIntakePhase(view.window);
  // The other pages of the visit (the selection's) show the round as read here, not as first read.
  useEffect(() => rememberRound(view), [view]);

  /**
   * A change, then the window read again, so the history names who made it. The change is stored either way: if
   * that second read fails, the page shows the round as the change answered, with the history it had.
   */
  const thenReadAgain = async (change: Promise<ApiResult<Round>>): Promise<ApiResult<IntakeWindowResponse>> => {
    const changed = await change;
    if (!changed.ok) return changed;
    rememberRound(changed.data);
    const fresh = await api.intakeWindow(view.id);
    return fresh.ok ? fresh : { ok: true, data: { ...view, ...changed.data, windowChanges: view.windowChanges } };
  };
  const changed = (what: Change) => (next: IntakeWindowResponse) => {
    onChanged(next);
    setSaved(what);
  };
  const minute = (when: { date: string; time: string }) => s.common.dateTime(when.date, when.time);
  const times = intakeTimes(view.window);
  const closingAt = minute(rigaSecond(view.window.closesAt));

  return (
    <FeedbackPage title={s.intake.title} feedback={feedback}>
      <RoundHeading title={s.intake.title} round={view} nav="intake" />
      <div class="inset" data-testid="intake-state">
        {/* Announced when it changes, e.g. when an early closing takes effect, and at no other time. */}
        <p role="status">
          <strong>{s.intake.state(s.intake.states[phase])}</strong>
        </p>
        <p>{s.intake.window(formatDay(view.window.firstDay), formatDay(view.window.lastDay))}</p>
        <StateLine phase={phase} ends={minute(times.last)} closingAt={closingAt} />
        {phase === 'closing' && <ClosingCountdown closesAt={view.window.closesAt} />}
      </div>
      {/* The closing is said as saved until it takes effect; from then on the state above says closed. */}
      <SavedLine
        text={
          saved === 'closed' && phase === 'closing'
            ? s.intake.closed(closingAt)
            : saved === 'extended'
              ? s.intake.extended(formatDay(view.window.lastDay))
              : ''
        }
      />
      {phase === 'open' && (
        <CloseForm
          view={view}
          feedback={feedback}
          act={() => thenReadAgain(api.closeIntake(view.id))}
          onChanged={changed('closed')}
        />
      )}
      {phase === 'not-yet-open' && (
        <ReviewSection id="close" title={s.intake.closeTitle}>
          <UnavailableAction
            id="close"
            label={s.intake.closeButton}
            reason={s.intake.closeNotOpen(minute(times.first))}
          />
        </ReviewSection>
      )}
      <ExtendForm
        view={view}
        feedback={feedback}
        act={(lastDay) => thenReadAgain(api.extendIntake(view.id, { lastDay }))}
        onChanged={changed('extended')}
      />
      {view.windowChanges && view.windowChanges.length > 0 && <WindowChanges changes={view.windowChanges} />}
      {phase === 'closed' && (
        <p>
          <a href={staffPaths.selection(view.id)}>{s.dashboard.selectionLink}</a>
        </p>
      )}
    </FeedbackPage>
  );
}

/** When intake ends, ended, or, after an early closing, ends to the second. */
function StateLine({ phase, ends, closingAt }: { phase: IntakePhase; ends: string; closingAt: string }) {
  const { s } = useStaffTexts();
  if (phase === 'closing') return <p>{s.intake.closesAt(closingAt)}</p>;
  return <p>{phase === 'closed' ? s.intake.endedAt(ends) : s.intake.endsAt(ends)}</p>;
}

/** What each of the page's two forms gets: the round as it stands, the page's errors, the change and its answer. */
interface WindowFormProps<A extends unknown[]> {
  view: IntakeWindowResponse;
  feedback: FormFeedback;
  act(...args: A): Promise<ApiResult<IntakeWindowResponse>>;
  onChanged(view: IntakeWindowResponse): void;
}

function CloseForm({ feedback, act, onChanged }: WindowFormProps<[]>) {
  const { s } = useStaffTexts();
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
        act={act}
        onDone={onChanged}
      />
    </ReviewSection>
  );
}

/**
 * Extending, or why it cannot be done: once the selection is published the round is final (the server refuses it
 * too, whoever asks).
 */
function ExtendForm({ view, feedback, act, onChanged }: WindowFormProps<[lastDay: string]>) {
  const { s } = useStaffTexts();
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

  if (view.selectionPublishedAt) {
    const published = rigaDateTime(view.selectionPublishedAt);
    return (
      <ReviewSection id="extend" title={s.intake.extendTitle}>
        <UnavailableAction
          id="extend"
          label={s.intake.extendButton}
          reason={s.intake.extendFinal(s.common.dateTime(published.date, published.time))}
        />
      </ReviewSection>
    );
  }
  return (
    <ReviewSection id="extend" title={s.intake.extendTitle}>
      <p>{s.intake.extendText}</p>
      {/* What was extended is said at the top of the page, with the new last day. */}
      <SaveForm
        save={save}
        check={check}
        // Sent only once `check` found the day readable.
        send={() => act('day' in read ? read.day : '')}
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

function WindowChanges({ changes }: { changes: StaffWindowChange[] }) {
  const { s } = useStaffTexts();
  const dateTime = (at: { date: string; time: string }) => s.common.dateTime(at.date, at.time);
  const when = (instant: string) => dateTime(rigaDateTime(instant));
  const toTheSecond = (instant: string) => dateTime(rigaSecond(instant));
  return (
    <ReviewSection id="changes" title={s.intake.changesTitle}>
      <ColumnTable
        columns={[
          // When the administrator asked; an early closing also says when it took effect, to the second.
          { title: s.application.when, nowrap: true, cell: (change) => when(change.at) },
          {
            title: s.application.what,
            cell: (change) =>
              change.change === 'closed-early'
                ? s.intake.changeClosed(toTheSecond(change.closedAt))
                : s.intake.changeExtended(formatDay(change.lastDay)),
          },
          { title: s.intake.changedBy, cell: (change) => change.by.username },
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
