import { useEffect, useRef, useState } from 'preact/hooks';
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
import { MunicipalityResultView } from '../selection/municipality-result.tsx';
import { PublishSection } from '../selection/publish-section.tsx';
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
  const { data, error, retry, replace } = useData(`selection:${round.id}`, () => api.latestSelection(round.id));
  const feedback = useFormFeedback();
  const [announcement, setAnnouncement] = useState('');
  const announcementRef = useRef<HTMLParagraphElement>(null);
  const [focusAnnouncement, setFocusAnnouncement] = useState(0);
  useEffect(() => {
    if (focusAnnouncement > 0) announcementRef.current?.focus();
  }, [focusAnnouncement]);

  const isAdministrator = identity.role === 'administrator';
  const notRun = error?.status === 404 && error.code === 'SELECTION_NOT_RUN';
  // What stops a run matters until the results are published; read once the latest run says they are not.
  const unpublished = notRun || (data !== undefined && data.run.status !== 'published');
  const readiness = useData(unpublished ? `selection-readiness:${round.id}` : undefined, () =>
    api.selectionReadiness(round.id),
  );
  if (error && !notRun) return <LoadError error={error} retry={retry} />;
  if (!data && !notRun) return <Loading />;

  const chosen = isAdministrator
    ? (new URLSearchParams(location.search).get('municipality') ?? undefined)
    : identity.municipalityCode;
  const part = chosen ? data?.results.find((candidate) => candidate.municipalityCode === chosen) : undefined;
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
            }}
            onReadiness={readiness.replace}
          />
          <PublishSection
            data={data}
            phase={phase}
            feedback={feedback}
            onStale={() => data && replace({ ...data, stale: true })}
            onPublished={(answer) => {
              replace(answer);
              setAnnouncement(s.selection.publishedNow);
              setFocusAnnouncement((key) => key + 1);
            }}
          />
        </>
      )}
    </FeedbackPage>
  );
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
