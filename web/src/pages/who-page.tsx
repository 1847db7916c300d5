import { useApp } from '../app-context.ts';
import { Page } from '../components/page.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { StepForm } from '../components/step-form.tsx';
import { useStep } from '../flow/use-step.ts';

export function WhoPage() {
  const { t } = useApp();
  const step = useStep('who');
  return (
    <Page title={t.who.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <RadioGroup
          path="applicant"
          legend={t.who.title}
          legendIsHeading
          hint={t.who.whoIsTold}
          options={[
            { value: 'self', label: t.who.self },
            { value: 'other', label: t.who.other, hint: t.who.otherHint },
          ]}
          value={step.answers.applicant}
          onChange={(value) =>
            step.setAnswers((answers) => ({ ...answers, applicant: value === 'other' ? 'other' : 'self' }))
          }
          error={step.errorOf('applicant')}
        />
      </StepForm>
    </Page>
  );
}
