import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError, Round } from '../../api/types.ts';
import { useData, useSending } from '../../api/use-data.ts';
import { StepForm } from '../../components/step-form.tsx';
import { useLocation } from '../../flow/router.ts';
import { fieldId } from '../../flow/steps.ts';
import { intakeTimes, rigaDateTime } from '../../format/dates.ts';
import type { SelectionRunResponse } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { ConfirmedAction } from '../components/confirmed-action.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { MunicipalityResultView } from '../selection/municipality-result.tsx';
import { RunDetails } from '../selection/run-details.tsx';
import { useSignedIn } from '../session/session-context.ts';

/** The prefix of the server's field paths that name an application still waiting for a decision. */
const UNDECIDED_PREFIX = 'applications.';

/**
 * The round's selection. Administrators run it (again, whenever something changed), check the results of every
 * municipality and publish them once, which e-mails every applicant. Social workers see their own municipality's
 * result as it stands now, withdrawals and the places they passed on included.
 */
export function SelectionPage({ roundId }: { roundId: string }) {
  const { s, language } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const location = useLocation();
  const { round, error: roundError, retry: retryRound } = useRound(roundId);
  const { data, error, retry, replace } = useData(`selection:${roundId}`, () => api.latestSelection(roundId));
  const feedback = useFormFeedback();
  const [announcement, setAnnouncement] = useState('');
  const announcementRef = useRef<HTMLParagraphElement>(null);
  const [focusAnnouncement, setFocusAnnouncement] = useState(0);
  useEffect(() => {
    if (focusAnnouncement > 0) announcementRef.current?.focus();
  }, [focusAnnouncement]);

  const isAdministrator = identity.role === 'administrator';
  const notRun = error?.status === 404 && error.code === 'SELECTION_NOT_RUN';
  if (roundError) return <LoadError error={roundError} retry={retryRound} />;
  if (error && !notRun) return <LoadError error={error} retry={retry} />;
  if (!round || (!data && !notRun)) return <Loading />;

  const chosen = isAdministrator
    ? (new URLSearchParams(location.search).get('municipality') ?? undefined)
    : identity.municipalityCode;
  const part = chosen ? data?.results.find((candidate) => candidate.municipalityCode === chosen) : undefined;
  const published = data?.run.status === 'published';
  const lastMinute = (when: { date: string; time: string }) => s.common.dateTime(when.date, when.time);
  const publishedAt = data?.run.publishedAt ? rigaDateTime(data.run.publishedAt) : undefined;

  return (
    <FeedbackPage title={s.selection.title} feedback={feedback}>
      <RoundHeading title={s.selection.title} round={round} nav="selection">
        {!isAdministrator && chosen && <> {s.queue.municipalityLine(municipalityName(round, chosen, language))}</>}
      </RoundHeading>
      <p
        class={announcement ? 'success' : 'visually-hidden'}
        role="status"
        tabIndex={-1}
        ref={announcementRef}
        data-testid="announcement"
      >
        {announcement}
      </p>
      <p>{isAdministrator ? s.selection.rule : s.selection.socialWorkerIntro}</p>
      {isAdministrator && !intakeEnded(round) && (
        <div class="notice notice-info" data-testid="intake-not-ended">
          <p>{s.selection.intakeNotEnded(lastMinute(intakeTimes(round.window).last))}</p>
          <p>
            <a href={staffPaths.intake(round.id)}>{s.selection.intakeLink}</a>
          </p>
        </div>
      )}
      {!data && <p data-testid="not-run">{s.selection.notRun}</p>}
      {data && (
        <>
          {data.stale && (
            <p class="notice" data-testid="stale">
              {isAdministrator ? s.selection.stale : s.selection.staleSocialWorker}
            </p>
          )}
          {published && publishedAt && (
            <p class="inset" data-testid="published">
              {s.selection.published(s.common.dateTime(publishedAt.date, publishedAt.time))}
            </p>
          )}
          <h2>{s.selection.aboutTitle}</h2>
          <RunDetails run={data.run} />
          {isAdministrator && <ResultsSummary round={round} data={data} chosen={chosen} />}
          {isAdministrator && !chosen && <p>{s.selection.chooseMunicipality}</p>}
          {part && (
            <MunicipalityResultView part={part} name={municipalityName(round, part.municipalityCode, language)} />
          )}
          <p>
            <a href={staffPaths.protocol(round.id, isAdministrator ? chosen : undefined)}>{s.selection.protocolLink}</a>
          </p>
        </>
      )}
      {isAdministrator && !published && (
        <RunForm
          round={round}
          again={data !== undefined}
          feedback={feedback}
          onRun={(answer) => {
            setAnnouncement('');
            replace(answer);
          }}
        />
      )}
      {isAdministrator && data && !published && !data.stale && (
        <PublishForm
          data={data}
          feedback={feedback}
          onStale={() => replace({ ...data, stale: true })}
          onPublished={(answer) => {
            replace(answer);
            setAnnouncement(s.selection.publishedNow);
            setFocusAnnouncement((key) => key + 1);
          }}
        />
      )}
    </FeedbackPage>
  );
}

/**
 * Whether intake has ended. The round is read once per visit, so its state may be out of date: an intake closed
 * early ends a little after the request, and that instant may have passed since. The server decides anyway.
 */
function intakeEnded(round: Round): boolean {
  return round.intakeState === 'closed' || Date.now() >= Date.parse(round.window.closesAt);
}

/** Administrators: every municipality's numbers as they stand now; a name opens that municipality's result. */
function ResultsSummary({
  round,
  data,
  chosen,
}: {
  round: Round;
  data: SelectionRunResponse;
  chosen: string | undefined;
}) {
  const { s, language } = useStaffTexts();
  // In the round's order of municipalities, as every other list of them.
  const order = (code: string) => round.municipalities.findIndex((municipality) => municipality.code === code);
  const results = [...data.results].sort((a, b) => order(a.municipalityCode) - order(b.municipalityCode));
  return (
    <ColumnTable
      columns={[
        {
          title: s.selection.municipality,
          rowHeader: true,
          cell: ({ municipalityCode }) => (
            <a
              href={staffPaths.selection(round.id, municipalityCode)}
              aria-current={municipalityCode === chosen ? 'page' : undefined}
            >
              {municipalityName(round, municipalityCode, language)}
            </a>
          ),
        },
        { title: s.selection.places, numeric: true, cell: ({ result }) => result.cap },
        { title: s.selection.selected, numeric: true, cell: ({ result }) => result.selected.length },
        { title: s.selection.waitlisted, numeric: true, cell: ({ result }) => result.waitlisted.length },
        { title: s.selection.excluded, numeric: true, cell: ({ result }) => result.excluded.length },
      ]}
      rows={results}
      rowKey={(row) => row.municipalityCode}
      caption={s.selection.summaryCaption}
      captionId="summary-caption"
      captionClass="table-caption"
      testId="results-summary"
    />
  );
}

/**
 * Runs the selection. A refusal because some applications still wait for a decision lists each of them as a
 * link to its page; the error summary leads to those links.
 */
function RunForm({
  round,
  again,
  feedback,
  onRun,
}: {
  round: Round;
  again: boolean;
  feedback: FormFeedback;
  onRun(answer: SelectionRunResponse): void;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { busy, send } = useSending();
  const [done, setDone] = useState(false);
  const [undecided, setUndecided] = useState<string[]>([]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    feedback.clear();
    setDone(false);
    setUndecided([]);
    const answer = await send(() => api.runSelection(round.id));
    if (!answer) return;
    if (answer.ok) {
      onRun(answer.data);
      setDone(true);
      return;
    }
    const references = answer.error.fields
      .filter((field) => field.path.startsWith(UNDECIDED_PREFIX))
      .map((field) => field.path.slice(UNDECIDED_PREFIX.length));
    if (references.length === 0) return feedback.fail([], answer.error.message);
    setUndecided(references);
    const errors: FieldError[] = answer.error.fields
      .filter((field) => field.path.startsWith(UNDECIDED_PREFIX))
      .map((field) => {
        const reference = field.path.slice(UNDECIDED_PREFIX.length);
        return {
          ...field,
          message: { lv: `${reference}: ${field.message.lv}`, en: `${reference}: ${field.message.en}` },
        };
      });
    feedback.fail(errors);
  };

  return (
    <ReviewSection id="run" title={s.selection.runTitle}>
      <p>{s.selection.runText}</p>
      {undecided.length > 0 && (
        <div class="notice" data-testid="undecided">
          <p>
            <strong>{s.selection.undecidedTitle}</strong>
          </p>
          <ul class="list">
            {undecided.map((reference) => (
              <li key={reference}>
                <a id={fieldId(`${UNDECIDED_PREFIX}${reference}`)} href={staffPaths.application(reference)}>
                  {reference}
                </a>
              </li>
            ))}
          </ul>
          <p>{s.selection.undecidedText}</p>
        </div>
      )}
      <StepForm
        onSubmit={(event) => void submit(event)}
        busy={busy}
        submitLabel={again ? s.selection.runAgainButton : s.selection.runButton}
        busyLabel={s.selection.running}
      />
      <SavedLine text={done ? s.selection.ran : ''} />
    </ReviewSection>
  );
}

/**
 * Publishing e-mails every applicant, once: the page says so, and the administrator ticks that the results are
 * checked first. A run that went stale meanwhile is refused; the page then asks to run it again.
 */
function PublishForm({
  data,
  feedback,
  onPublished,
  onStale,
}: {
  data: SelectionRunResponse;
  feedback: FormFeedback;
  onPublished(answer: SelectionRunResponse): void;
  onStale(): void;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();

  return (
    <ReviewSection id="publish" title={s.selection.publishTitle}>
      <p>{s.selection.publishEmails}</p>
      <p class="inset">{s.selection.publishOnce}</p>
      <ConfirmedAction
        path="publish.confirm"
        feedback={feedback}
        words={{
          confirm: s.selection.confirm,
          confirmHint: s.selection.confirmHint,
          required: staffMessage((w) => w.selection.requiredConfirm),
          submit: s.selection.publishButton,
          busy: s.selection.publishing,
        }}
        act={() => api.publishSelection(data.run.roundId, data.run.runId)}
        onDone={onPublished}
        onRefused={(error) => {
          if (error.code === 'SELECTION_STALE') onStale();
        }}
      />
    </ReviewSection>
  );
}
