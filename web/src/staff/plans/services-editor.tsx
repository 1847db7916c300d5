import { SecondaryButton } from '../../components/secondary-button.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useFocusRequest } from '../../components/use-focus-request.ts';
import { fieldId } from '../../flow/steps.ts';
import { SelectField } from '../components/select-field.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { catalogueWords } from './catalogue.ts';
import { useEuro } from './money.ts';
import type { PlanYear } from './plan-types.ts';
import { emptyService, lineCost, type ServiceDraft } from './version-draft.ts';

interface ServicesEditorProps {
  services: ServiceDraft[];
  onChange(services: ServiceDraft[]): void;
  year: PlanYear;
  feedback: FormFeedback;
}

/**
 * The plan's services: each a service of the round's catalogue, a provider of the municipality that offers it (at
 * its price), how much a month and for how many months, with what the line costs shown as it is typed.
 */
export function ServicesEditor({ services, onChange, year, feedback }: ServicesEditorProps) {
  const { s, language } = useStaffTexts();
  const euro = useEuro();
  const words = catalogueWords(year, language);
  const setFocus = useFocusRequest();
  const change = (id: number, part: Partial<ServiceDraft>) =>
    onChange(services.map((line) => (line.id === id ? { ...line, ...part } : line)));

  return (
    <fieldset class="fieldset plan-list">
      <legend class="legend">{s.plans.servicesTitle}</legend>
      {services.map((line, index) => {
        const path = `plan.services.${index}`;
        const offers = line.serviceId ? words.offersOf(line.serviceId) : [];
        const unit = s.plans.unitNames[words.unitOf(line.serviceId)];
        const cost = lineCost(line, year, language);
        return (
          <div key={line.id} class="plan-service">
            <h3 class="plan-service-title">{s.plans.serviceLine(index + 1)}</h3>
            <SelectField
              {...feedback.bindChoice(`${path}.serviceId`, line.serviceId, (serviceId) =>
                change(line.id, {
                  serviceId,
                  // A provider stays chosen only while it offers the service chosen now.
                  providerId: words.priceOf(serviceId, line.providerId) === undefined ? '' : line.providerId,
                }),
              )}
              value={line.serviceId}
              label={s.plans.service}
              options={[
                { value: '', label: s.plans.chooseService },
                ...year.catalogue.map((service) => ({ value: service.id, label: service.name[language] })),
              ]}
            />
            <SelectField
              {...feedback.bindChoice(`${path}.providerId`, line.providerId, (providerId) =>
                change(line.id, { providerId }),
              )}
              value={line.providerId}
              label={s.plans.provider}
              options={[
                { value: '', label: s.plans.chooseProvider },
                ...offers.map(({ provider, unitPriceCents }) => ({
                  value: provider.id,
                  label: s.plans.providerOption(provider.name, euro(unitPriceCents), unit),
                })),
              ]}
            />
            <TextField
              {...feedback.bindText(`${path}.quantityPerMonth`, line.quantityPerMonth, (quantityPerMonth) =>
                change(line.id, { quantityPerMonth }),
              )}
              label={s.plans.quantityPerMonth(unit)}
              inputMode="numeric"
              size="short"
            />
            <TextField
              {...feedback.bindText(`${path}.months`, line.months, (months) => change(line.id, { months }))}
              label={s.plans.monthsOfService}
              inputMode="numeric"
              size="short"
            />
            <p data-testid={`line-cost-${index}`}>{cost === undefined ? '' : s.plans.lineCost(euro(cost))}</p>
            {services.length > 1 && (
              <button
                type="button"
                class="button button-secondary button-small"
                aria-label={s.plans.removeService(index + 1)}
                onClick={() => {
                  onChange(services.filter((other) => other.id !== line.id));
                  setFocus(fieldId(`plan.services.${Math.max(0, index - 1)}.serviceId`));
                }}
              >
                {s.plans.remove}
              </button>
            )}
          </div>
        );
      })}
      {services.length < 30 && (
        <SecondaryButton
          onPress={() => {
            onChange([...services, emptyService(year.months)]);
            setFocus(fieldId(`plan.services.${services.length}.serviceId`));
          }}
        >
          {s.plans.addService}
        </SecondaryButton>
      )}
    </fieldset>
  );
}
