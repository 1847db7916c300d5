import { useApp } from '../app-context.ts';
import { Page } from '../components/page.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { StepForm } from '../components/step-form.tsx';
import type { Answers } from '../draft/draft.ts';
import { useStep } from '../flow/use-step.ts';

export function DisabilityGroupPage() {
  const { t } = useApp();
  const step = useStep('disability-group');
  // All adult groups are offered, not only the eligible ones: people answer what is true, and the next page
  // explains kindly when the group cannot apply.
  const options = [
    ...[1, 2, 3].map((group) => ({ value: String(group), label: t.disabilityGroup.option(group) })),
    { value: 'unknown', label: t.disabilityGroup.unknown },
  ];
  return (
    <Page title={t.disabilityGroup.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <RadioGroup
          path="person.disabilityGroup"
          legend={t.disabilityGroup.title}
          legendIsHeading
          hint={t.disabilityGroup.hint}
          options={options}
          value={step.answers.disabilityGroup}
          onChange={(value) =>
            step.setAnswers((answers) => ({ ...answers, disabilityGroup: value as Answers['disabilityGroup'] }))
          }
          error={step.errorOf('person.disabilityGroup')}
        />
      </StepForm>
    </Page>
  );
}
