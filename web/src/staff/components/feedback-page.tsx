import { Page, type PageProps } from '../../components/page.tsx';
import type { FormFeedback } from './use-form-feedback.ts';

type FeedbackPageProps = Omit<PageProps, 'errors' | 'pageError' | 'errorFocusKey'> & {
  feedback: Pick<FormFeedback, 'errors' | 'pageError' | 'errorFocusKey'>;
};

/** A staff page whose forms report through `useFormFeedback`: its errors go to the page's error summary. */
export function FeedbackPage({ feedback, ...page }: FeedbackPageProps) {
  return (
    <Page {...page} errors={feedback.errors} pageError={feedback.pageError} errorFocusKey={feedback.errorFocusKey} />
  );
}
