import { useApp } from '../app-context.ts';
import { DateField } from '../components/date-field.tsx';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import type { Answers } from '../draft/draft.ts';
import { PersonFields } from '../fieldsets/person-fields.tsx';
import { useStep } from '../flow/use-step.ts';

export function PersonPage() {
  const { t } = useApp();
  const step = useStep('person');
  const person = step.answers.person;
  // Autofill only when the form is about the user: a representative's browser would fill in their own name.
  const own = step.answers.applicant !== 'other';
  const set = (change: Partial<Answers['person']>) =>
    step.setAnswers((answers) => ({ ...answers, person: { ...answers.person, ...change } }));
  const title = own ? t.person.titleSelf : t.person.titleOther;
  const partKey = { day: 'birthDay', month: 'birthMonth', year: 'birthYear' } as const;

  return (
    <Page title={title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <Heading>{title}</Heading>
        {!own && <p>{t.person.introOther}</p>}
        <PersonFields
          value={person}
          onChange={set}
          errorOf={step.errorOf}
          autofill={own}
          words={t.person}
          dateOfBirth={
            <DateField
              path="person.dateOfBirth"
              legend={t.person.dateOfBirth}
              hint={t.person.dateOfBirthHint}
              value={{ day: person.birthDay, month: person.birthMonth, year: person.birthYear }}
              onInput={(part, value) => set({ [partKey[part]]: value })}
              error={step.errorOf('person.dateOfBirth')}
              ownDetails={own}
            />
          }
        />
      </StepForm>
    </Page>
  );
}
