import { useState } from 'preact/hooks';
import { TextField } from '../../components/text-field.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { SelectField } from '../components/select-field.tsx';
import { useSave } from '../components/use-save.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import { catalogueWords, monthName } from './catalogue.ts';
import { euroInput, parseWhole } from './money.ts';
import { type DeliveryLineDraft, firstOpenMonth, monthLines, monthRequest } from './month-draft.ts';
import type { PlanFormProps } from './plan-form-props.ts';
import type { MonthDeliveryBody, PlanResponse, PlanYear, SupportPlan } from './plan-types.ts';

interface MonthFormProps extends PlanFormProps {
  plan: SupportPlan;
  months: string[];
  year: PlanYear | undefined;
}

/**
 * What was delivered in a month, by service and provider, filled in from the plan (or the month's record) and
 * corrected from the providers' invoices. A changed amount of units changes the sum at the plan's price; the sum
 * itself can be corrected after that.
 */
export function MonthForm({ plan, months, year, feedback, onSaved }: MonthFormProps) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const words = catalogueWords(year, language);
  const [month, setMonth] = useState(() => firstOpenMonth(plan, months));
  const [lines, setLines] = useState<DeliveryLineDraft[]>(() => monthLines(plan, month, language));
  const choose = (chosen: string, of: SupportPlan) => {
    setMonth(chosen);
    setLines(monthLines(of, chosen, language));
  };
  // Once a month is saved, the form moves on to the next month not recorded yet.
  const saved = (next: PlanResponse) => {
    onSaved(next);
    if (next.plan) choose(firstOpenMonth(next.plan, months), next.plan);
  };
  const save = useSave(feedback, saved, { form: 'delivery', fallbackPath: 'delivery.month' });
  const built = monthRequest(month, lines, plan.revision);
  const recorded = plan.deliveries.some((delivery) => delivery.month === month);
  const change = (index: number, part: Partial<DeliveryLineDraft>) =>
    setLines((before) => before.map((line, at) => (at === index ? { ...line, ...part } : line)));

  return (
    <ReviewSection id="month" title={s.plans.monthTitle}>
      <p>{s.plans.monthIntro}</p>
      <SaveForm
        save={save}
        check={() => ('errors' in built ? built.errors : [])}
        // Sent only once `check` found nothing, so the request is built.
        send={() => api.recordPlanMonth(plan.reference, (built as { request: MonthDeliveryBody }).request)}
        submitLabel={s.plans.saveMonth}
        savedText={s.plans.savedMonth}
      >
        <SelectField
          {...feedback.bindChoice('delivery.month', month, (chosen) => choose(chosen, plan))}
          value={month}
          label={s.plans.month}
          options={[
            { value: '', label: s.plans.chooseMonth },
            ...months.map((value) => ({ value, label: monthName(value, language) })),
          ]}
        />
        {recorded && (
          <p class="notice notice-info" data-testid="month-recorded">
            {s.plans.monthRecorded}
          </p>
        )}
        {lines.map((line, index) => {
          const service = words.serviceName(line.serviceId);
          const provider = words.providerName(line.providerId);
          const unit = s.plans.unitNames[words.unitOf(line.serviceId)];
          return (
            <div class="plan-service" key={`${line.serviceId}@${line.providerId}`}>
              <TextField
                {...feedback.bindText(`delivery.lines.${index}.quantity`, line.quantity, (quantity) => {
                  const units = parseWhole(quantity);
                  change(index, {
                    quantity,
                    ...(units !== undefined && { amount: euroInput(units * line.unitPriceCents, language) }),
                  });
                })}
                label={s.plans.quantity(service, provider, unit)}
                inputMode="numeric"
                size="short"
              />
              <TextField
                {...feedback.bindText(`delivery.lines.${index}.amountCents`, line.amount, (amount) =>
                  change(index, { amount }),
                )}
                label={s.plans.amount(service, provider)}
                hint={s.plans.amountHint}
                inputMode="decimal"
                size="short"
              />
            </div>
          );
        })}
      </SaveForm>
    </ReviewSection>
  );
}
