import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { RadioGroup } from '../../components/radio-group.tsx';
import { StepForm } from '../../components/step-form.tsx';
import type { EligibilityRequest, IneligibilityReason } from '../api/types.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { type StaffTexts, staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import { DecidedBy } from './decided-by.tsx';
import type { ReviewFormProps } from './review-form-props.ts';

type Decision = EligibilityRequest['decision'];

const required = (path: string, pick: (s: StaffTexts) => string): FieldError => ({
  path,
  code: 'FIELD_REQUIRED',
  message: staffMessage(pick),
});

/**
 * Eligible or not. A refusal needs one of the call's reasons, which the person is told, and "another reason" the
 * words; finding an application eligible needs the documents checked first (the server says so if not).
 */
export function EligibilityForm({ view, feedback, onSaved }: ReviewFormProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const current = view.application.review?.eligibility;
  const documentsVerified = view.application.review?.documentCheck?.verified === true;
  const [decision, setDecision] = useState<Decision | undefined>(current?.decision);
  const [reason, setReason] = useState<IneligibilityReason | undefined>(current?.reason);
  const [explanation, setExplanation] = useState(current?.explanation ?? '');
  const save = useSave(feedback, onSaved, { form: 'eligibility', fallbackPath: 'eligibility.decision' });
  const reasons = Object.keys(s.application.reasons) as IneligibilityReason[];

  const submit = (event: Event) => {
    event.preventDefault();
    const own: FieldError[] = [];
    if (!decision) own.push(required('eligibility.decision', (w) => w.application.requiredDecision));
    if (decision === 'not-eligible' && !reason) {
      own.push(required('eligibility.reason', (w) => w.application.requiredReason));
    }
    if (decision === 'not-eligible' && reason === 'other' && !explanation.trim()) {
      own.push(required('eligibility.explanation', (w) => w.application.requiredExplanation));
    }
    void save.run(own, () =>
      api.decideEligibility(view.application.reference, {
        decision: decision ?? 'eligible',
        ...(decision === 'not-eligible' && reason && { reason }),
        ...(decision === 'not-eligible' && explanation.trim() && { explanation: explanation.trim() }),
      }),
    );
  };

  return (
    <ReviewSection id="eligibility" title={s.application.eligibilityTitle}>
      {current ? (
        <>
          <p data-testid="eligibility-current">
            <strong>
              {s.application.currentDecision(
                current.decision === 'eligible' ? s.application.eligible : s.application.notEligible,
              )}
            </strong>
            {current.reason && <> {s.application.reasons[current.reason]}.</>}
          </p>
          {current.explanation && <p class="pre-line">{current.explanation}</p>}
          <DecidedBy by={current.by} at={current.at} />
        </>
      ) : (
        <p>{s.application.notYet}</p>
      )}
      <StepForm onSubmit={submit} busy={save.busy} submitLabel={s.common.save} busyLabel={s.common.saving}>
        <RadioGroup
          path="eligibility.decision"
          legend={s.application.decisionLegend}
          hint={documentsVerified ? undefined : s.application.eligibleNeedsDocuments}
          options={[
            { value: 'eligible', label: s.application.eligible },
            { value: 'not-eligible', label: s.application.notEligible },
          ]}
          value={decision}
          onChange={(value) => setDecision(value as Decision)}
          error={feedback.errorOf('eligibility.decision')}
        />
        {decision === 'not-eligible' && (
          <>
            <RadioGroup
              path="eligibility.reason"
              legend={s.application.reasonLegend}
              hint={s.application.reasonHint}
              options={reasons.map((value) => ({ value, label: s.application.reasons[value] }))}
              value={reason}
              onChange={(value) => setReason(value as IneligibilityReason)}
              error={feedback.errorOf('eligibility.reason')}
            />
            <TextArea
              path="eligibility.explanation"
              label={s.application.explanation}
              hint={s.application.explanationHint}
              value={explanation}
              onInput={setExplanation}
              error={feedback.errorOf('eligibility.explanation')}
            />
          </>
        )}
      </StepForm>
      <SavedLine text={save.saved ? s.application.savedEligibility : ''} />
    </ReviewSection>
  );
}
