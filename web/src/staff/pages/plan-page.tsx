import { useEffect, useRef, useState } from 'preact/hooks';
import { useData } from '../../api/use-data.ts';
import { Heading } from '../../components/page.tsx';
import { useLocation } from '../../flow/router.ts';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { ReloadAfterConflict } from '../components/reload-after-conflict.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { AgreementForm } from '../plans/agreement-form.tsx';
import { EndSection } from '../plans/end-section.tsx';
import { MonthForm } from '../plans/month-form.tsx';
import { MonthsTable } from '../plans/months-table.tsx';
import type { PlanFormProps } from '../plans/plan-form-props.ts';
import type { PlanResponse } from '../plans/plan-types.ts';
import { ReviewsSection } from '../plans/reviews-section.tsx';
import { StandingTable } from '../plans/standing-table.tsx';
import { VersionForm } from '../plans/version-form.tsx';
import { VersionView } from '../plans/version-view.tsx';
import { VersionsTable } from '../plans/versions-table.tsx';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * One participant's year: the plan as it stands (drawn up here the first time), its agreement, every version,
 * where the money stands, the months delivered, the reviews and the end. A social worker changes it; an
 * administrator reads it. `?version=N` shows an older version, read-only. Every save answers with the whole plan,
 * which replaces what the page shows; a save over a plan someone else changed meanwhile offers to load it again.
 */
export function PlanPage({ reference }: { reference: string }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { data, error, retry, replace } = useData(`plan:${reference}`, () => api.supportPlan(reference));
  const feedback = useFormFeedback();
  const version = new URLSearchParams(useLocation().search).get('version');

  if (error) return <LoadError error={error} retry={retry} notFoundText={s.common.applicationNotFound} />;
  if (!data) return <Loading />;
  const title = s.plans.title(data.reference);
  const reload = () => {
    feedback.clear();
    retry();
  };
  return (
    <FeedbackPage title={title} backHref={staffPaths.participants(data.roundId)} feedback={feedback}>
      <Heading>{title}</Heading>
      <p class="lead">
        {data.person.firstName} {data.person.lastName}
      </p>
      <ReloadAfterConflict feedback={feedback} reload={reload} />
      {version === null ? (
        <CurrentPlan data={data} feedback={feedback} onSaved={replace} />
      ) : (
        <OldVersion data={data} version={Number(version)} />
      )}
    </FeedbackPage>
  );
}

function OldVersion({ data, version }: { data: PlanResponse; version: number }) {
  const { s } = useStaffTexts();
  const versions = data.plan?.versions ?? [];
  const shown = versions.find((candidate) => candidate.version === version);
  return (
    <>
      <p class="notice notice-info" data-testid="old-version">
        {shown ? s.plans.oldVersionNotice(version, versions.length) : s.plans.noSuchVersion}
      </p>
      <p>
        <a href={staffPaths.plan(data.reference)}>{s.plans.backToCurrent}</a>
      </p>
      {shown && <VersionView version={shown} year={data.serviceYear} />}
    </>
  );
}

function CurrentPlan({ data, feedback, onSaved }: PlanFormProps & { data: PlanResponse }) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  const [revising, setRevising] = useState(false);
  // A version or an agreement saved takes its form away: focus moves to the plan as it now stands, which says so.
  const [said, setSaid] = useState({ text: '', times: 0 });
  const versionLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (said.times > 0) versionLine.current?.focus();
  }, [said.times]);
  const { plan, serviceYear: year, standing } = data;
  const current = plan?.versions.at(-1);
  const canChange = identity.role === 'social-worker' && !plan?.end && year !== undefined;
  const forms = { feedback, onSaved };
  const formsThatGo = (words: string) => ({
    feedback,
    onSaved: (next: PlanResponse) => {
      setRevising(false);
      onSaved(next);
      setSaid(({ times }) => ({ text: words, times: times + 1 }));
    },
  });

  return (
    <>
      {identity.role === 'administrator' && <p class="inset">{s.plans.readOnly}</p>}
      {!year && <p class="notice">{s.plans.noServiceYear}</p>}
      <ReviewSection id="current" title={s.plans.currentTitle}>
        <SavedLine text={said.text} />
        {plan && current ? (
          <>
            <p data-testid="version-line" tabIndex={-1} ref={versionLine}>
              {s.plans.versionLine(current.version, plan.versions.length)}
            </p>
            <VersionView version={current} year={year} />
          </>
        ) : (
          <p>{s.plans.noPlanYet}</p>
        )}
      </ReviewSection>
      {canChange && year && !plan && (
        <ReviewSection id="draw-up" title={s.plans.drawUpTitle}>
          <p>{s.plans.drawUpIntro}</p>
          <VersionForm
            reference={data.reference}
            year={year}
            current={undefined}
            revision={undefined}
            {...formsThatGo(s.plans.savedVersion)}
          />
        </ReviewSection>
      )}
      {canChange && plan && current && !current.agreement && (
        <AgreementForm reference={data.reference} revision={plan.revision} {...formsThatGo(s.plans.savedAgreement)} />
      )}
      {canChange && year && plan && (
        <ReviewSection id="revise" title={s.plans.reviseTitle}>
          <p>{s.plans.reviseIntro}</p>
          <button
            type="button"
            class="button button-secondary"
            aria-expanded={revising ? 'true' : 'false'}
            aria-controls="revision-form"
            onClick={() => setRevising(!revising)}
          >
            {revising ? s.plans.closeRevision : s.plans.openRevision}
          </button>
          <div id="revision-form">
            {revising && (
              <VersionForm
                reference={data.reference}
                year={year}
                current={current}
                revision={plan.revision}
                {...formsThatGo(s.plans.savedVersion)}
              />
            )}
          </div>
        </ReviewSection>
      )}
      {plan && <VersionsTable plan={plan} />}
      {plan && (
        <ReviewSection id="year" title={s.plans.yearTitle}>
          {standing && <StandingTable standing={standing} year={year} />}
          <MonthsTable plan={plan} />
          {canChange && !current?.agreement && <p>{s.plans.notAgreedYet}</p>}
        </ReviewSection>
      )}
      {canChange && plan && current?.agreement && standing && (
        <MonthForm plan={plan} months={standing.months} year={year} {...forms} />
      )}
      {plan && <ReviewsSection plan={plan} canChange={canChange} {...forms} />}
      {plan && (
        <EndSection plan={plan} offersPlace={year?.offerPlaceOnEarlyEnd ?? false} canChange={canChange} {...forms} />
      )}
    </>
  );
}
