import type { ComponentChildren } from 'preact';
import { useData } from '../../api/use-data.ts';
import type { StaffApplicationResponse } from '../api/types.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { ReloadAfterConflict } from '../components/reload-after-conflict.tsx';
import { ReviewStateTag } from '../components/review-state-tag.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { ReviewFormProps } from './review-form-props.ts';

/** An application as its pages get it: the view, the page's errors, and what a save or a reload does. */
export interface LoadedApplication extends ReviewFormProps {
  /** Reads the application again (after someone else changed it), clearing the page's errors. */
  reload(): void;
}

/**
 * Reads one application (each read is audited) and shows `children` once it is there. An application of another
 * municipality is "not found", as a wrong number is. Every save answers with the whole application, which
 * replaces what the page shows.
 */
export function WithApplication({
  reference,
  children,
}: {
  reference: string;
  children(loaded: LoadedApplication): ComponentChildren;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { data: view, error, retry, replace } = useData(`application:${reference}`, () => api.application(reference));
  const feedback = useFormFeedback();

  if (error) return <LoadError error={error} retry={retry} notFoundText={s.common.applicationNotFound} />;
  if (!view) return <Loading />;
  const reload = () => {
    feedback.clear();
    retry();
  };
  return <>{children({ view, feedback, onSaved: replace, reload })}</>;
}

/** The review state in words, and "Reload" once a save found that someone else changed the application. */
export function StateLine({
  view,
  feedback,
  reload,
}: {
  view: StaffApplicationResponse;
  feedback: FormFeedback;
  reload(): void;
}) {
  const { s } = useStaffTexts();
  return (
    <>
      <p>
        {s.application.state}: <ReviewStateTag state={view.application.state} />
      </p>
      <ReloadAfterConflict feedback={feedback} reload={reload} />
      {view.application.personalCode.checksumMismatch && <p class="notice">{s.application.checksumMismatch}</p>}
    </>
  );
}
