import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay, rigaDateTime } from '../../format/dates.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { readDay, staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { PlanFormProps } from './plan-form-props.ts';
import type { PlanEndBody, SupportPlan } from './plan-types.ts';

type EndKind = PlanEndBody['kind'];

/**
 * The end of the year: how it ended, when, and why a participant left early. The form says beforehand whether
 * leaving early offers the place to the waiting list in this round.
 */
export function EndSection(
  props: PlanFormProps & {
    plan: SupportPlan;
    offersPlace: boolean;
    canChange: boolean;
  },
) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { plan, feedback } = props;
  const [kind, setKind] = useState<EndKind | ''>('');
  const [on, setOn] = useState('');
  const [reason, setReason] = useState('');
  const save = useSave(feedback, props.onSaved, { form: 'end', fallbackPath: 'end.kind' });

  const recordedBy = (name: string, at: string) => {
    const when = rigaDateTime(at);
    return s.common.by(name, when.date, when.time);
  };
  if (plan.end) {
    return (
      <ReviewSection id="end" title={s.plans.endTitle}>
        <p data-testid="plan-end">
          <strong>{s.plans.ended(s.plans.endKinds[plan.end.kind], formatDay(plan.end.on))}</strong>
        </p>
        {plan.end.kind === 'left-early' && plan.end.reason && (
          <p class="pre-line">{s.plans.endedReason(plan.end.reason)}</p>
        )}
        <p class="hint">{recordedBy(plan.end.by.displayName, plan.end.at)}</p>
      </ReviewSection>
    );
  }
  if (!props.canChange) return null;

  const day = readDay(
    'end.on',
    on,
    (w) => w.plans.requiredEndOn,
    (w) => w.plans.endOn,
  );
  const check = () => {
    const errors: FieldError[] = [];
    if (!kind) errors.push(staffRequired('end.kind', (w) => w.plans.requiredEndKind));
    if ('error' in day) errors.push(day.error);
    if (kind === 'left-early' && !reason.trim()) {
      errors.push(staffRequired('end.reason', (w) => w.plans.requiredEndReason));
    }
    return errors;
  };
  const send = () => {
    // Sent only once `check` found nothing: the kind is chosen and the day is read.
    const date = (day as { day: string }).day;
    const body: PlanEndBody =
      kind === 'left-early'
        ? { kind, on: date, reason: reason.trim(), revision: plan.revision }
        : { kind: 'completed', on: date, revision: plan.revision };
    return api.endPlan(plan.reference, body);
  };

  return (
    <ReviewSection id="end" title={s.plans.endTitle}>
      <p>{s.plans.endIntro}</p>
      <p class="inset">{props.offersPlace ? s.plans.offersPlace : s.plans.keepsPlace}</p>
      <SaveForm save={save} check={check} send={send} submitLabel={s.plans.saveEnd} savedText={s.plans.savedEnd}>
        <RadioGroup
          {...feedback.bindChoice('end.kind', kind || undefined, (value) => setKind(value as EndKind))}
          legend={s.plans.endKind}
          options={[
            { value: 'completed', label: s.plans.endKinds.completed },
            { value: 'left-early', label: s.plans.endKinds['left-early'] },
          ]}
        />
        <TextField
          {...feedback.bindText('end.on', on, setOn)}
          label={s.plans.endOn}
          hint={s.plans.startDateHint}
          size="medium"
        />
        {kind === 'left-early' && (
          <TextArea {...feedback.bindText('end.reason', reason, setReason)} label={s.plans.endReason} />
        )}
      </SaveForm>
    </ReviewSection>
  );
}
