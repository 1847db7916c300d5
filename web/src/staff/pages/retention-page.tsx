import { useState } from 'preact/hooks';
import { useData } from '../../api/use-data.ts';
import { Heading } from '../../components/page.tsx';
import type { RetentionResponse } from '../api/types.ts';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { ErasureSection } from '../retention/erasure-section.tsx';
import { HoldSection } from '../retention/hold-section.tsx';
import { KeptSection } from '../retention/kept-section.tsx';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * How long an application's personal data is kept, its legal hold, and erasure at the person's request
 * (`/office/applications/{reference}/retention`). Once the data is erased the page still opens, and says when and
 * why; the application's own page no longer does.
 */
export function RetentionPage({ reference }: { reference: string }) {
  const { api } = useSignedIn();
  const { data, error, retry, replace } = useData(`retention:${reference}`, () => api.retention(reference));
  if (error) return <LoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  return <Retention view={data} onChanged={replace} />;
}

function Retention({ view, onChanged }: { view: RetentionResponse; onChanged(view: RetentionResponse): void }) {
  const { s } = useStaffTexts();
  const w = s.retention;
  const feedback = useFormFeedback();
  const [erased, setErased] = useState(false);
  return (
    <FeedbackPage
      title={w.title(view.reference)}
      backHref={view.anonymised ? staffPaths.home() : staffPaths.application(view.reference)}
      feedback={feedback}
    >
      <p class="caption">{view.name ? w.caption(view.reference, view.name) : w.anonymisedCaption(view.reference)}</p>
      <Heading>{w.heading}</Heading>
      <KeptSection view={view} focus={erased} />
      {!view.anonymised && <HoldSection view={view} feedback={feedback} onChanged={onChanged} />}
      {view.erasure && (
        <ErasureSection
          view={view}
          erasure={view.erasure}
          feedback={feedback}
          onErased={(next) => {
            onChanged(next);
            setErased(true);
          }}
        />
      )}
      <SavedLine text={erased ? w.erased : ''} />
    </FeedbackPage>
  );
}
