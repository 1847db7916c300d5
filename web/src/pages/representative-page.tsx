import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import type { Answers } from '../draft/draft.ts';
import { RepresentativeFields } from '../fieldsets/representative-fields.tsx';
import { useStep } from '../flow/use-step.ts';

export function RepresentativePage() {
  const { t } = useApp();
  const step = useStep('representative');
  const set = (change: Partial<Answers['representative']>) =>
    step.setAnswers((answers) => ({ ...answers, representative: { ...answers.representative, ...change } }));

  return (
    <Page title={t.representative.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <Heading>{t.representative.title}</Heading>
        <p>{t.representative.intro}</p>
        {/* These are the details of the person filling in the form, so the browser may fill them in. */}
        <RepresentativeFields
          value={step.answers.representative}
          onChange={set}
          errorOf={step.errorOf}
          autofill
          words={{
            ...t.representative,
            capacityHints: { 'authorised-person': t.representative.authorisedHint },
          }}
        />
      </StepForm>
    </Page>
  );
}
