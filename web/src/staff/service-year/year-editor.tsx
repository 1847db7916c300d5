import { useState } from 'preact/hooks';
import type { Round } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { Heading } from '../../components/page.tsx';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { navigate } from '../../flow/router.ts';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { setFlash } from '../components/flash.ts';
import { ReloadAfterConflict } from '../components/reload-after-conflict.tsx';
import { SelectField } from '../components/select-field.tsx';
import { showApiError, useFormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { RuleList } from '../round-editor/rule-lists.tsx';
import { useListForm } from '../round-editor/use-list-form.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';
import {
  catalogueChanges,
  checkYearForm,
  formOf,
  NEED_LEVELS,
  offerBoxes,
  offerChanges,
  PROVIDER_BOXES,
  providerChanges,
  providerShown,
  SERVICE_BOXES,
  yearRequestOf,
} from './year-form.ts';
import type { ServiceYear } from './year-types.ts';

/**
 * The administrators' editor of a round's year of services: the budget, the list of services and the providers,
 * each list with rows to add and remove as in the round editor, a provider's services a list of its own. The
 * providers are shown one municipality at a time (the pilot has a score of them), yet saved all together. Saved
 * over the revision it was read at: when another administrator saved first, the page says so and offers to load
 * the year again.
 */
export function YearEditor({
  round,
  year,
  onReload,
}: {
  round: Round;
  year: ServiceYear | undefined;
  onReload(): void;
}) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const feedback = useFormFeedback();
  const { form, setForm, set, list } = useListForm(() => formOf(year));
  const { busy, send } = useSending();
  const w = s.serviceYear;
  const errorOf = feedback.errorOf;
  const title = year ? w.editTitle : w.setUpTitle;

  const catalogue = list('catalogue', form.catalogue, SERVICE_BOXES, catalogueChanges);
  // One municipality's providers at a time, and any provider with an error, so every error is next to its box.
  const [providersOf, setProvidersOf] = useState(round.municipalities[0]?.code ?? '');
  const providers = list('providers', form.providers, PROVIDER_BOXES, providerChanges(providersOf));
  const offers = (provider: number) => {
    const rows = form.providers[provider]?.services ?? [];
    const boxes = offerBoxes(
      form.catalogue,
      rows.map((offer) => offer.serviceId),
      language,
    );
    return list(`providers.${provider}.services`, rows, boxes, offerChanges(provider));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || !feedback.passes(checkYearForm(form))) return;
    const answer = await send(() => api.saveServiceYear(round.id, yearRequestOf(form)));
    if (answer === undefined) return;
    if (!answer.ok) return showApiError(feedback, answer.error, '', 'budget.amountCents');
    setFlash(staffMessage((words) => words.serviceYear.saved));
    navigate(staffPaths.serviceYear(round.id));
  };

  return (
    <FeedbackPage title={title} backHref={staffPaths.serviceYear(round.id)} feedback={feedback}>
      <ReloadAfterConflict feedback={feedback} reload={onReload} />
      <StepForm onSubmit={(event) => void submit(event)} busy={busy} submitLabel={w.save} busyLabel={s.common.saving}>
        <Heading>{title}</Heading>
        <p class="lead">{s.queue.roundLine(round.name[language])}</p>
        <p>{w.editIntro}</p>
        <p class="notice">{w.pricesNote}</p>

        <h2>{w.budgetTitle}</h2>
        <TextField
          {...feedback.bindText('budget.amountCents', form.amount, (amount) => set({ amount }))}
          label={w.amount}
          hint={w.amountHint}
          size="medium"
          inputMode="decimal"
        />
        {NEED_LEVELS.map((level) => (
          <TextField
            key={level}
            {...feedback.bindText(`budget.byNeedLevel.${level}`, form.byNeedLevel[level], (value) =>
              setForm((current) => ({ ...current, byNeedLevel: { ...current.byNeedLevel, [level]: value } })),
            )}
            label={w.needLevel[level]}
            hint={w.needLevelHint}
            size="medium"
            inputMode="decimal"
          />
        ))}
        <TextField
          {...feedback.bindText('months', form.months, (months) => set({ months }))}
          label={w.months}
          size="short"
          inputMode="numeric"
        />
        <Checkbox
          {...feedback.bindTick('offerPlaceOnEarlyEnd', form.offerPlaceOnEarlyEnd, (offerPlaceOnEarlyEnd) =>
            set({ offerPlaceOnEarlyEnd }),
          )}
          label={w.offerPlace}
        />

        <h2>{w.catalogueTitle}</h2>
        <RuleList
          {...catalogue}
          w={w}
          legend={w.serviceN}
          removeName={w.removeService}
          removable={form.catalogue.length > 1}
          errorOf={errorOf}
          addLabel={w.addService}
        />

        <h2>{w.providersTitle}</h2>
        <ProvidersOf round={round} chosen={providersOf} onChoose={setProvidersOf} />
        {!form.providers.some((provider) => provider.municipalityCode === providersOf) && <p>{w.noProviders}</p>}
        <RuleList
          {...providers}
          w={w}
          legend={w.providerN}
          removeName={w.removeProvider}
          removable
          errorOf={errorOf}
          addLabel={w.addProvider}
          shown={(index) => providerShown(form, index, providersOf, feedback.errors)}
          inner={(index) => (
            <RuleList
              {...offers(index)}
              w={w}
              legend={(n) => w.offerN(index + 1, n)}
              removeName={(n) => w.removeOffer(index + 1, n)}
              removable={(form.providers[index]?.services.length ?? 0) > 1}
              errorOf={errorOf}
              addLabel={w.addOffer(index + 1)}
            />
          )}
        />
      </StepForm>
    </FeedbackPage>
  );
}

/**
 * Which municipality's providers the editor shows. A button applies the choice, so the list below never changes
 * while someone moves through the options.
 */
function ProvidersOf(props: { round: Round; chosen: string; onChoose(code: string): void }) {
  const { s, language } = useStaffTexts();
  const [value, setValue] = useState(props.chosen);
  return (
    <div class="form-inline">
      <SelectField
        path="providersOf"
        label={s.serviceYear.providersOf}
        hint={s.serviceYear.providersOfHint}
        value={value}
        onChange={setValue}
        options={props.round.municipalities.map((municipality) => ({
          value: municipality.code,
          label: municipality.name[language],
        }))}
      />
      <SecondaryButton onPress={() => props.onChoose(value)}>{s.common.show}</SecondaryButton>
    </div>
  );
}
