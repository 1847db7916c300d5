import { useState } from 'preact/hooks';
import { ErrorMessage } from '../../components/error-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { fieldId } from '../../flow/steps.ts';
import { SaveForm } from '../components/save-form.tsx';
import { SelectField } from '../components/select-field.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import { GoalsEditor } from './goals-editor.tsx';
import { useEuro } from './money.ts';
import type { PlanFormProps } from './plan-form-props.ts';
import type { NeedLevel, PlanVersion, PlanVersionBody, PlanYear } from './plan-types.ts';
import { ServicesEditor } from './services-editor.tsx';
import { draftOf, draftTotals, type VersionDraft, versionRequest } from './version-draft.ts';

interface VersionFormProps extends PlanFormProps {
  reference: string;
  year: PlanYear;
  /** The version a revision starts from; none for the first plan. */
  current: PlanVersion | undefined;
  /** The plan's revision the page shows; none for the first plan. */
  revision: number | undefined;
}

/**
 * Drawing up the plan, or revising it by a new version: the goals, the services, the need level where the round
 * budgets by one, the participant's view and the start date, with the total shown against the budget as it is
 * typed (a live region says it). The server refuses a plan over the budget, saying by how much.
 */
export function VersionForm({ reference, year, current, revision, feedback, onSaved }: VersionFormProps) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const euro = useEuro();
  const [draft, setDraft] = useState<VersionDraft>(() => draftOf(current, year));
  const save = useSave(feedback, onSaved, { form: 'plan', fallbackPath: 'plan.goals.0' });
  const set = (part: Partial<VersionDraft>) => setDraft((before) => ({ ...before, ...part }));
  const { total, budget } = draftTotals(draft, year, language);
  const built = versionRequest(draft, year, revision);
  const levels = Object.keys(year.budget.byNeedLevel ?? {}) as NeedLevel[];

  return (
    <SaveForm
      save={save}
      check={() => ('errors' in built ? built.errors : [])}
      // Sent only once `check` found nothing, so the request is built.
      send={() => api.drawUpPlan(reference, (built as { request: PlanVersionBody }).request)}
      submitLabel={current ? s.plans.saveRevision : s.plans.saveFirst}
    >
      <GoalsEditor goals={draft.goals} onChange={(goals) => set({ goals })} feedback={feedback} />
      {levels.length > 0 && (
        <SelectField
          {...feedback.bindChoice('plan.needLevel', draft.needLevel, (needLevel) =>
            set({ needLevel: needLevel as NeedLevel | '' }),
          )}
          value={draft.needLevel}
          label={s.plans.needLevel}
          options={[
            { value: '', label: `${s.plans.noNeedLevel}: ${euro(year.budget.amountCents)}` },
            ...levels.map((level) => ({
              value: level,
              label: `${s.plans.needLevels[level]}: ${euro(year.budget.byNeedLevel?.[level] ?? 0)}`,
            })),
          ]}
        />
      )}
      <ServicesEditor
        services={draft.services}
        onChange={(services) => set({ services })}
        year={year}
        feedback={feedback}
      />
      <div
        id={fieldId('plan.services')}
        tabIndex={-1}
        class={total > budget ? 'notice plan-total' : 'plan-total'}
        role="status"
        data-testid="plan-total"
      >
        <ErrorMessage id={`${fieldId('plan.services')}-error`} message={feedback.errorOf('plan.services')} />
        <p>
          <strong>{s.plans.totalAgainstBudget(euro(total), euro(budget))}</strong>
        </p>
        <p>{total > budget ? s.plans.overBudget(euro(total - budget)) : s.plans.leftOfBudget(euro(budget - total))}</p>
      </div>
      <TextArea
        {...feedback.bindText('plan.personView', draft.personView, (personView) => set({ personView }))}
        label={s.plans.personView}
        hint={s.plans.personViewHint}
        optional
      />
      <TextField
        {...feedback.bindText('plan.startDate', draft.startDate, (startDate) => set({ startDate }))}
        label={s.plans.startDate}
        hint={s.plans.startDateHint}
        size="medium"
      />
      {current && (
        <TextArea
          {...feedback.bindText('plan.reason', draft.reason, (reason) => set({ reason }))}
          label={s.plans.reason}
        />
      )}
    </SaveForm>
  );
}
