import { useApp } from '../app-context.ts';
import { Page } from '../components/page.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { StepForm } from '../components/step-form.tsx';
import { useStep } from '../flow/use-step.ts';

export function MentalDisorderPage() {
  const { t } = useApp();
  const step = useStep('mental-disorder');
  return (
    <Page title={t.mentalDisorder.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <RadioGroup
          path="person.mentalDisorderConfirmed"
          legend={t.mentalDisorder.title}
          legendIsHeading
          hint={t.mentalDisorder.hint}
          options={[
            { value: 'yes', label: t.common.yes },
            { value: 'no', label: t.common.no },
          ]}
          value={step.answers.mentalDisorder}
          onChange={(value) =>
            step.setAnswers((answers) => ({ ...answers, mentalDisorder: value === 'yes' ? 'yes' : 'no' }))
          }
          error={step.errorOf('person.mentalDisorderConfirmed')}
        />
      </StepForm>
    </Page>
  );
}
