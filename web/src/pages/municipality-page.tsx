import { useApp } from '../app-context.ts';
import { Page } from '../components/page.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { StepForm } from '../components/step-form.tsx';
import { useStep } from '../flow/use-step.ts';

export function MunicipalityPage() {
  const { t, language } = useApp();
  const step = useStep('municipality');
  const options = [
    ...step.round.municipalities.map((municipality) => ({
      value: municipality.code,
      label: municipality.name[language],
    })),
    { value: 'other', label: t.municipality.other },
  ];
  return (
    <Page title={t.municipality.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <RadioGroup
          path="person.municipalityCode"
          legend={t.municipality.title}
          legendIsHeading
          hint={`${t.start.personMeaning} ${t.municipality.hint}`}
          options={options}
          value={step.answers.municipalityCode}
          onChange={(municipalityCode) => step.setAnswers((answers) => ({ ...answers, municipalityCode }))}
          error={step.errorOf('person.municipalityCode')}
        />
      </StepForm>
    </Page>
  );
}
