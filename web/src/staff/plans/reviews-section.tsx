import { useState } from 'preact/hooks';
import { rigaDateTime } from '../../format/dates.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { PlanFormProps } from './plan-form-props.ts';
import type { PlanResponse, SupportPlan } from './plan-types.ts';

/** The reviews of the year so far, oldest first, and (for the social worker) a box for a new one. */
export function ReviewsSection(
  props: PlanFormProps & {
    plan: SupportPlan;
    canChange: boolean;
  },
) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const [note, setNote] = useState('');
  const added = (plan: PlanResponse) => {
    props.onSaved(plan);
    setNote('');
  };
  const save = useSave(props.feedback, added, { form: 'review', fallbackPath: 'review.note' });
  return (
    <ReviewSection id="reviews" title={s.plans.reviewsTitle}>
      {props.plan.reviews.length === 0 ? (
        <p>{s.plans.noReviews}</p>
      ) : (
        <ol class="notes" data-testid="reviews">
          {props.plan.reviews.map((review) => {
            const when = rigaDateTime(review.at);
            return (
              <li class="note" key={review.at}>
                <p class="pre-line">{review.note}</p>
                <p class="hint">{s.common.by(review.by.displayName, when.date, when.time)}</p>
              </li>
            );
          })}
        </ol>
      )}
      {props.canChange && (
        <SaveForm
          save={save}
          check={() => (note.trim() ? [] : [staffRequired('review.note', (w) => w.plans.requiredReview)])}
          send={() => api.addPlanReview(props.plan.reference, { note: note.trim(), revision: props.plan.revision })}
          submitLabel={s.plans.addReview}
          savedText={s.plans.savedReview}
        >
          <TextArea {...props.feedback.bindText('review.note', note, setNote)} label={s.plans.newReview} />
        </SaveForm>
      )}
    </ReviewSection>
  );
}
