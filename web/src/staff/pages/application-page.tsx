import { Heading } from '../../components/page.tsx';
import { ApplicationDetails } from '../application/application-details.tsx';
import { DeliveryProblems } from '../application/delivery-problems.tsx';
import { HistoryTable } from '../application/history-table.tsx';
import { NotesSection } from '../application/notes-section.tsx';
import { mayWithdraw } from '../application/review-steps.ts';
import { TaskList } from '../application/task-list.tsx';
import { type LoadedApplication, StateLine, WithApplication } from '../application/with-application.tsx';
import { WithdrawLink } from '../application/withdraw-link.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * One application: at the top the task list, each step of the review with its state and a link to the step's own
 * page; a withdrawal is an action offered only while the person can still withdraw, and how long the data is
 * kept (with its hold and erasure on request) has a page of its own. Below, what to know about the
 * person: e-mails that did not reach them, the details, the notes and the history.
 */
export function ApplicationPage({ reference }: { reference: string }) {
  return <WithApplication reference={reference}>{(loaded) => <Overview {...loaded} />}</WithApplication>;
}

function Overview(loaded: LoadedApplication) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  const { view } = loaded;
  const { application } = view;
  const title = s.application.title(application.reference);
  const queueHref = staffPaths.queue(application.roundId, {
    municipality: identity.role === 'administrator' ? application.person.municipalityCode : undefined,
  });

  return (
    <FeedbackPage title={title} backHref={queueHref} feedback={loaded.feedback}>
      <Heading>{title}</Heading>
      <p class="lead">
        {application.person.firstName} {application.person.lastName}
      </p>
      <StateLine {...loaded} />
      <DeliveryProblems problems={application.deliveryProblems} />
      <TaskList view={view} />
      {application.status === 'submitted' && (
        <ReviewSection id="actions" title={s.application.otherActionsTitle}>
          <ul class="list">
            {mayWithdraw(application) && (
              <li>
                <WithdrawLink reference={application.reference} />
              </li>
            )}
            <li>
              <a href={staffPaths.personalDetails(application.reference)}>{s.personalDetails.action}</a>
              <a href={staffPaths.retention(application.reference)}>{s.retention.link}</a>
            </li>
          </ul>
        </ReviewSection>
      )}
      <ApplicationDetails view={view} />
      {application.status === 'submitted' && <NotesSection {...loaded} />}
      <HistoryTable history={view.history} channel={application.channel} />
    </FeedbackPage>
  );
}
