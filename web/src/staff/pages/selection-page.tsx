import { useEffect, useRef, useState } from 'preact/hooks';
import { RESULT_PAGE_ROWS } from '../../../../shared/domain/result-pages.ts';
import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { useLocation } from '../../flow/router.ts';
import { intakeTimes, rigaDateTime } from '../../format/dates.ts';
import type { SelectionRunResponse } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { rigaSecond } from '../intake/intake-phase.ts';
import { useIntakePhase } from '../intake/use-intake-phase.ts';
import { staffPaths } from '../routes.ts';
import { ContinuePublishing } from '../selection/continue-publishing.tsx';
import { MunicipalityResultView } from '../selection/municipality-result.tsx';
import { PROGRESS_POLL_MS, PublicationProgressView, STALLED_MS } from '../selection/publication-progress.tsx';
import { PublishSection } from '../selection/publish-section.tsx';
import { ResultPager } from '../selection/result-pager.tsx';
import { RunDetails } from '../selection/run-details.tsx';
import { RunSection } from '../selection/run-section.tsx';
import { UndecidedNotice } from '../selection/undecided-notice.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * The round's selection. Administrators run it (again, whenever something changed), check the results of every
 * municipality and publish them once, which e-mails every applicant; what cannot be done yet is shown with why.
 * Social workers see their own municipality's result as it stands now, withdrawals and the places they passed on
 * included, and until it is published, how many of their applications still stop it.
 */
export function SelectionPage({ roundId }: { roundId: string }) {
  const { round, error: roundError, retry: retryRound } = useRound(roundId);
  if (roundError) return <LoadError error={roundError} retry={retryRound} />;
  if (!round) return <Loading />;
  return <RoundSelection round={round} />;
}

function RoundSelection({ round }: { round: Round }) {
  const { s, language } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const location = useLocation();
  const phase = useIntakePhase(round.window);
  const isAdministrator = identity.role === 'administrator';
  const search = new URLSearchParams(location.search);
  const chosen = isAdministrator ? (search.get('municipality') ?? undefined) : identity.municipalityCode;
  const from = Math.max(Number(search.get('from')) || 0, 0);
  const read = () => api.latestSelection(round.id, isAdministrator ? chosen : undefined, from);
  const { data, error, retry, replace } = useData(`selection:${round.id}:${chosen ?? ''}:${from}`, read);
  // Reads the run again without the page going blank meanwhile: after a run, while publishing goes on.
  const refresh = async () => {
    const answer = await read();
    if (answer.ok) replace(answer.data);
  };
  const publishing = data?.run.publication !== undefined && data.run.publication.finishedAt === undefined;
  useEffect(() => {
    if (!publishing) return;
    const timer = setInterval(() => void refresh(), PROGRESS_POLL_MS);
    return () => clearInterval(timer);
  }, [publishing, chosen, from]);
  const feedback = useFormFeedback();
  const [announcement, setAnnouncement] = useState('');
  const announcementRef = useRef<HTMLParagraphElement>(null);
  const [focusAnnouncement, setFocusAnnouncement] = useState(0);
  useEffect(() => {
    if (focusAnnouncement > 0) announcementRef.current?.focus();
  }, [focusAnnouncement]);

  const notRun = error?.status === 404 && error.code === 'SELECTION_NOT_RUN';
  // What stops a run matters until the results are published; read once the latest run says they are not.
  const unpublished = notRun || (data !== undefined && data.run.status !== 'published');
  const readiness = useData(unpublished ? `selection-readiness:${round.id}` : undefined, () =>
    api.selectionReadiness(round.id),
  );
  if (error && !notRun) return <LoadError error={error} retry={retry} />;
  if (!data && !notRun) return <Loading />;

  const part = data?.result;
  const published = data?.run.status === 'published';
  const publishedAt = data?.run.publishedAt ? rigaDateTime(data.run.publishedAt) : undefined;
  const ends = phase === 'closing' ? rigaSecond(round.window.closesAt) : intakeTimes(round.window).last;
  const intakeEnds = s.common.dateTime(ends.date, ends.time);

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
      {isAdministrator && phase !== 'closed' && (
        <div class="notice notice-info" data-testid="intake-not-ended">
          <p>{s.selection.intakeNotEnded(intakeEnds)}</p>
          <p>
            <a href={staffPaths.intake(round.id)}>{s.selection.intakeLink}</a>
          </p>
        </div>
      )}
      {!isAdministrator && !published && <UndecidedNotice round={round} undecided={readiness.data?.undecided ?? []} />}
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
          {data.run.publication && (
            <>
              <PublicationProgressView progress={data.run.publication} now={Date.now()} />
              {isAdministrator &&
                publishing &&
                Date.now() - Date.parse(data.run.publication.updatedAt) > STALLED_MS && (
                  <ContinuePublishing run={data.run} feedback={feedback} onContinued={() => void refresh()} />
                )}
            </>
          )}
          <h2>{s.selection.aboutTitle}</h2>
          <RunDetails run={data.run} />
          {isAdministrator && <ResultsSummary round={round} data={data} chosen={chosen} />}
          {isAdministrator && !chosen && <p>{s.selection.chooseMunicipality}</p>}
          {part && (
            <>
              <MunicipalityResultView page={part} name={municipalityName(round, part.municipalityCode, language)} />
              <ResultPager
                page={part}
                pageRows={RESULT_PAGE_ROWS}
                hrefFrom={(row) => staffPaths.selection(round.id, isAdministrator ? chosen : undefined, row)}
              />
            </>
          )}
          <p>
            <a href={staffPaths.protocol(round.id, isAdministrator ? chosen : undefined)}>{s.selection.protocolLink}</a>
          </p>
        </>
      )}
      {isAdministrator && !published && (
        <>
          <RunSection
            round={round}
            phase={phase}
            intakeEnds={intakeEnds}
            again={data !== undefined}
            readiness={readiness.data}
            feedback={feedback}
            onRun={(answer) => {
              setAnnouncement('');
              replace(answer);
              void refresh();
            }}
            onReadiness={readiness.replace}
          />
          <PublishSection
            data={data}
            phase={phase}
            feedback={feedback}
            onStale={() => data && replace({ ...data, stale: true })}
            onPublished={(answer) => {
              replace({ ...answer, ...(data?.result && { result: data.result }) });
              setAnnouncement(s.selection.publishedNow);
              setFocusAnnouncement((key) => key + 1);
              void refresh();
            }}
          />
        </>
      )}
    </FeedbackPage>
  );
}

/**
 * Administrators: every municipality's numbers in the run (after publication, as published: a municipality's result
 * shows the places passed on since); a name opens that municipality's result.
 */
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
  const counts = [...data.municipalities].sort((a, b) => order(a.code) - order(b.code));
  return (
    <ColumnTable
      columns={[
        {
          title: s.selection.municipality,
          rowHeader: true,
          cell: ({ code }) => (
            <a href={staffPaths.selection(round.id, code)} aria-current={code === chosen ? 'page' : undefined}>
              {municipalityName(round, code, language)}
            </a>
          ),
        },
        { title: s.selection.places, numeric: true, cell: ({ cap }) => cap },
        { title: s.selection.selected, numeric: true, cell: ({ selected }) => selected },
        { title: s.selection.waitlisted, numeric: true, cell: ({ waitlisted }) => waitlisted },
        { title: s.selection.excluded, numeric: true, cell: ({ excluded }) => excluded },
      ]}
      rows={counts}
      rowKey={(row) => row.code}
      caption={data.run.status === 'published' ? s.selection.summaryCaptionPublished : s.selection.summaryCaption}
      captionId="summary-caption"
      captionClass="table-caption"
      testId="results-summary"
    />
  );
}
