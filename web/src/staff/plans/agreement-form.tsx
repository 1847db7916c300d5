import { useState } from 'preact/hooks';
import { TextField } from '../../components/text-field.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { useSave } from '../components/use-save.ts';
import { readDay } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { PlanFormProps } from './plan-form-props.ts';

/** The participant signed the current version on paper: the date of signing. */
export function AgreementForm(
  props: PlanFormProps & {
    reference: string;
    revision: number;
  },
) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const [signedOn, setSignedOn] = useState('');
  const save = useSave(props.feedback, props.onSaved, { form: 'agreement', fallbackPath: 'agreement.signedOn' });
  const read = readDay(
    'agreement.signedOn',
    signedOn,
    (w) => w.plans.requiredSignedOn,
    (w) => w.plans.signedOn,
  );
  return (
    <ReviewSection id="agreement" title={s.plans.agreementTitle}>
      <p>{s.plans.agreementIntro}</p>
      <SaveForm
        save={save}
        check={() => ('error' in read ? [read.error] : [])}
        send={() =>
          api.agreePlan(props.reference, { signedOn: (read as { day: string }).day, revision: props.revision })
        }
        submitLabel={s.plans.saveAgreement}
      >
        <TextField
          {...props.feedback.bindText('agreement.signedOn', signedOn, setSignedOn)}
          label={s.plans.signedOn}
          hint={s.plans.startDateHint}
          size="medium"
        />
      </SaveForm>
    </ReviewSection>
  );
}
