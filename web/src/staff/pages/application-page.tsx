import { useState } from 'preact/hooks';
import { useData } from '../../api/use-data.ts';
import { Heading } from '../../components/page.tsx';
import { ApplicationDetails } from '../application/application-details.tsx';
import { DocumentCheckForm } from '../application/document-check-form.tsx';
import { DocumentsTable } from '../application/documents-table.tsx';
import { EligibilityForm } from '../application/eligibility-form.tsx';
import { HistoryTable } from '../application/history-table.tsx';
import { NotesSection } from '../application/notes-section.tsx';
import { ScoresForm } from '../application/scores-form.tsx';
import { SelectionOutcomeSection } from '../application/selection-outcome.tsx';
import { WithdrawalSection } from '../application/withdrawal-section.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { takeFlash } from '../components/flash.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { ReviewStateTag } from '../components/review-state-tag.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * One application: its details and documents, then each decision as its own small form with its own button
 * (document check, eligibility, points), the notes, a withdrawal and the history; once the selection is
 * published, its result. Every save answers with the whole application, which replaces what the page shows.
 */
export function ApplicationPage({ reference }: { reference: string }) {
  const { s, language } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const [flash] = useState(takeFlash);
  const { data: view, error, retry, replace } = useData(`application:${reference}`, () => api.application(reference));
  const feedback = useFormFeedback();

  if (error) return <LoadError error={error} retry={retry} notFoundText={s.common.applicationNotFound} />;
  if (!view) return <Loading />;
  const { application } = view;
  const title = s.application.title(application.reference);
  const queueHref = staffPaths.queue(application.roundId, {
    municipality: identity.role === 'administrator' ? application.person.municipalityCode : undefined,
  });
  const reload = () => {
    feedback.clear();
    retry();
  };
  const forms = { view, feedback, onSaved: replace };

  return (
    <FeedbackPage title={title} backHref={queueHref} feedback={feedback}>
      {flash && (
        <p class="success" role="status">
          {flash[language]}
        </p>
      )}
      <Heading>{title}</Heading>
      <p class="lead">
        {application.person.firstName} {application.person.lastName}
      </p>
      <p>
        {s.application.state}: <ReviewStateTag state={application.state} />
      </p>
      {feedback.conflict && (
        <p>
          <button type="button" class="button button-secondary" onClick={reload}>
            {s.common.reload}
          </button>
        </p>
      )}
      {application.personalCode.checksumMismatch && <p class="notice">{s.application.checksumMismatch}</p>}
      {(application.flags.possibleDuplicateOf || application.review?.duplicate) && (
        <div class="notice">
          {application.flags.possibleDuplicateOf && (
            <p>{s.application.sameCodeAs(application.flags.possibleDuplicateOf)}</p>
          )}
          <p>
            <a href={staffPaths.duplicates(application.reference)}>{s.application.duplicatesLink}</a>
          </p>
        </div>
      )}
      {application.selection && (
        <SelectionOutcomeSection outcome={application.selection} withdrawnAt={application.withdrawal?.at} />
      )}
      <ApplicationDetails view={view} />
      <DocumentsTable view={view} feedback={feedback} />
      {application.status === 'submitted' && (
        <>
          {/* A withdrawn application is out of the selection whatever is decided: nothing is left to decide. */}
          {application.state !== 'withdrawn' && (
            <>
              <DocumentCheckForm {...forms} />
              <EligibilityForm {...forms} />
              <ScoresForm {...forms} />
            </>
          )}
          <NotesSection {...forms} />
          <WithdrawalSection {...forms} />
        </>
      )}
      <HistoryTable history={view.history} channel={application.channel} />
    </FeedbackPage>
  );
}
