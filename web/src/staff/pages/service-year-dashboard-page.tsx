import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { useLocation } from '../../flow/router.ts';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { InlineLoadError, LoadError, Loading } from '../components/load-state.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { CsvDownload } from '../service-year/csv-download.tsx';
import { EvaluationView } from '../service-year/evaluation-view.tsx';
import { FiguresView } from '../service-year/figures-view.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Administrators: `/office/rounds/{roundId}/service-year/dashboard`, the ministry's view of the year of
 * services: budgets committed and spent, as charts and tables and as CSV, then the evaluation report of
 * anonymised aggregates, which has its own CSV. `?municipality=` picks whose months and services are shown.
 */
export function ServiceYearDashboardPage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const location = useLocation();
  const area = new URLSearchParams(location.search).get('municipality') ?? undefined;
  const feedback = useFormFeedback();
  const { data, error, retry } = useData(`service-year-dashboard:${round.id}`, () =>
    api.serviceYearDashboard(round.id),
  );
  const w = s.serviceYear;
  if (error) return <LoadError error={error} retry={retry} />;
  if (!data) return <Loading />;

  return (
    <FeedbackPage title={w.dashboardTitle} feedback={feedback}>
      <RoundHeading title={w.dashboardTitle} round={round} nav="service-year-dashboard" />
      <p>{w.dashboardIntro}</p>
      {!data.serviceYearSet && (
        <p class="notice">
          {w.notSetFigures} <a href={staffPaths.editServiceYear(round.id)}>{w.setUpLink}</a>
        </p>
      )}
      <CsvDownload
        label={w.download}
        request={() => api.serviceYearDashboardCsv(round.id)}
        fileName={`${round.id}-service-year.csv`}
        feedback={feedback}
      />
      <FiguresView round={round} figures={data} area={area} />
      <h2>{w.evaluationTitle}</h2>
      <Evaluation round={round} feedback={feedback} />
    </FeedbackPage>
  );
}

/** The evaluation is its own request (and audit entry): the figures show while it loads, or if it fails. */
function Evaluation({ round, feedback }: { round: Round; feedback: FormFeedback }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { data, error, retry } = useData(`service-year-evaluation:${round.id}`, () =>
    api.serviceYearEvaluation(round.id),
  );
  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  return (
    <>
      <CsvDownload
        label={s.serviceYear.downloadEvaluation}
        request={() => api.serviceYearEvaluationCsv(round.id)}
        fileName={`${round.id}-evaluation.csv`}
        feedback={feedback}
      />
      <EvaluationView round={round} report={data} />
    </>
  );
}
