import { Page } from '../components/page.tsx';
import { RadioGroup, type RadioOption } from '../components/radio-group.tsx';
import { StepForm } from '../components/step-form.tsx';
import type { Answers } from '../draft/draft.ts';
import type { StepId } from '../flow/steps.ts';
import { useStep } from '../flow/use-step.ts';

/** An answer given by choosing one option: the step that asks it, the answer it sets, and its path in the request. */
export interface Choice {
  step: StepId;
  answer: 'municipalityCode' | 'disabilityGroup' | 'mentalDisorder' | 'applicant';
  path: string;
}

/**
 * A step that asks one question, answered by choosing one option: the question is the page's title and its h1
 * (the legend of the options), and "Continue" moves on.
 */
export function ChoicePage(props: { choice: Choice; title: string; hint: string; options: RadioOption[] }) {
  const { choice } = props;
  const step = useStep(choice.step);
  // The options are the only values the radio buttons can give, so each one fits the answer.
  const choose = (value: string) => step.setAnswers((answers) => ({ ...answers, [choice.answer]: value }) as Answers);
  return (
    <Page title={props.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <RadioGroup
          path={choice.path}
          legend={props.title}
          legendIsHeading
          hint={props.hint}
          options={props.options}
          value={step.answers[choice.answer]}
          onChange={choose}
          error={step.errorOf(choice.path)}
        />
      </StepForm>
    </Page>
  );
}
