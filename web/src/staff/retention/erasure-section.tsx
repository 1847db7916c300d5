import type { RetentionResponse } from '../api/types.ts';
import { ConfirmedAction } from '../components/confirmed-action.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';

interface ErasureSectionProps {
  view: RetentionResponse;
  erasure: NonNullable<RetentionResponse['erasure']>;
  feedback: FormFeedback;
  onErased(view: RetentionResponse): void;
}

/**
 * Erasure at the person's request, once their identity is checked at the office: it cannot be undone, so the
 * button works only with the box ticked that says the identity was checked. Where the law requires keeping the
 * data, the section says why instead.
 */
export function ErasureSection({ view, erasure, feedback, onErased }: ErasureSectionProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const w = s.retention;
  return (
    <ReviewSection id="erasure" title={w.erasureTitle}>
      {erasure.allowed ? (
        <>
          <p>{w.erasureIntro}</p>
          {!view.due && <p>{w.erasureLeavesSelection}</p>}
          <ConfirmedAction
            path="erasure.identityChecked"
            feedback={feedback}
            words={{
              confirm: w.identityChecked,
              required: staffMessage((words) => words.retention.requiredIdentity),
              submit: w.erase,
              busy: w.erasing,
            }}
            act={() => api.eraseApplication(view.reference)}
            onDone={onErased}
          />
        </>
      ) : (
        <p class="notice" data-testid="erasure-refusal">
          {w.refusals[erasure.refusal]}
        </p>
      )}
    </ReviewSection>
  );
}
