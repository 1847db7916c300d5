import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { RadioGroup } from '../../components/radio-group.tsx';
import type { EligibilityRequest, IneligibilityReason } from '../api/types.ts';
import { TextArea } from '../components/text-area.tsx';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { ReviewFormProps } from './review-form-props.ts';
import { ReviewSaveForm } from './review-save-form.tsx';

type Decision = EligibilityRequest['decision'];

/**
 * Eligible or not. A refusal needs one of the call's reasons, which the person is told, and "another reason" the
 * words; finding an application eligible needs the documents checked first (the server says so if not).
 */
export function EligibilityForm(props: ReviewFormProps) {
  const { view, feedback } = props;
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const current = view.application.review?.eligibility;
  const documentsVerified = view.application.review?.documentCheck?.verified === true;
  const [decision, setDecision] = useState<Decision | undefined>(current?.decision);
  const [reason, setReason] = useState<IneligibilityReason | undefined>(current?.reason);
  const [explanation, setExplanation] = useState(current?.explanation ?? '');
  const [forPerson, setForPerson] = useState(current?.messageForPerson ?? '');
  const reasons = Object.keys(s.application.reasons) as IneligibilityReason[];

  const check = () => {
    const own: FieldError[] = [];
    if (!decision) own.push(staffRequired('eligibility.decision', (w) => w.application.requiredDecision));
    if (decision === 'not-eligible' && !reason) {
      own.push(staffRequired('eligibility.reason', (w) => w.application.requiredReason));
    }
    if (decision === 'not-eligible' && reason === 'other' && !forPerson.trim()) {
      own.push(staffRequired('eligibility.messageForPerson', (w) => w.application.requiredForPerson));
    }
    return own;
  };

  return (
    <ReviewSaveForm
      {...props}
      decided={current}
      describe={(decided) => (
        <>
          <p data-testid="eligibility-current">
            <strong>
              {s.application.currentDecision(
                decided.decision === 'eligible' ? s.application.eligible : s.application.notEligible,
              )}
            </strong>
            {decided.reason && <> {s.application.reasons[decided.reason]}.</>}
          </p>
          {decided.messageForPerson && (
            <p class="pre-line">
              {s.application.forPersonShown}: {decided.messageForPerson}
            </p>
          )}
          {decided.explanation && <p class="pre-line">{decided.explanation}</p>}
        </>
      )}
      saveAs={{ form: 'eligibility', fallbackPath: 'eligibility.decision' }}
      check={check}
      send={() =>
        api.decideEligibility(view.application.reference, {
          decision: decision ?? 'eligible',
          ...(decision === 'not-eligible' && reason && { reason }),
          ...(decision === 'not-eligible' && explanation.trim() && { explanation: explanation.trim() }),
          ...(decision === 'not-eligible' && forPerson.trim() && { messageForPerson: forPerson.trim() }),
        })
      }
      savedText={s.application.savedEligibility}
    >
      <RadioGroup
        {...feedback.bindChoice('eligibility.decision', decision, (value) => setDecision(value as Decision))}
        legend={s.application.decisionLegend}
        hint={documentsVerified ? undefined : s.application.eligibleNeedsDocuments}
        options={[
          { value: 'eligible', label: s.application.eligible },
          { value: 'not-eligible', label: s.application.notEligible },
        ]}
      />
      {decision === 'not-eligible' && (
        <>
          <RadioGroup
            {...feedback.bindChoice('eligibility.reason', reason, (value) => setReason(value as IneligibilityReason))}
            legend={s.application.reasonLegend}
            hint={s.application.reasonHint}
            options={reasons.map((value) => ({ value, label: s.application.reasons[value] }))}
          />
          <TextArea
            {...feedback.bindText('eligibility.messageForPerson', forPerson, setForPerson)}
            label={s.application.forPerson}
            hint={s.application.forPersonHint}
          />
          <TextArea
            {...feedback.bindText('eligibility.explanation', explanation, setExplanation)}
            label={s.application.explanation}
            hint={s.application.explanationHint}
          />
        </>
      )}
    </ReviewSaveForm>
  );
}
