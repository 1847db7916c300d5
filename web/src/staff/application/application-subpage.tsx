import type { ComponentChildren } from 'preact';
import { Heading } from '../../components/page.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { type LoadedApplication, StateLine } from './with-application.tsx';

/**
 * A page of one application besides its task list (a step of the review, the correction of the person's details):
 * its h1 names what the page is for, the line above says which application and whose, and the back link (as the
 * browser's Back) returns to the task list.
 */
export function ApplicationSubpage({
  name,
  loaded,
  children,
}: {
  name: string;
  loaded: LoadedApplication;
  children: ComponentChildren;
}) {
  const { s } = useStaffTexts();
  const { application } = loaded.view;
  return (
    <FeedbackPage
      title={`${name} – ${application.reference}`}
      backHref={staffPaths.application(application.reference)}
      feedback={loaded.feedback}
    >
      <p class="caption">
        {s.application.stepCaption(
          application.reference,
          `${application.person.firstName} ${application.person.lastName}`,
        )}
      </p>
      <Heading>{name}</Heading>
      <StateLine {...loaded} />
      {children}
    </FeedbackPage>
  );
}
