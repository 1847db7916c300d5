import { useApp } from '../app-context.ts';
import { DateField } from '../components/date-field.tsx';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import type { Answers } from '../draft/draft.ts';
import { needsDateOfBirth } from '../draft/request-body.ts';
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
        <TextField
          path="person.firstName"
          label={t.person.firstName}
          value={person.firstName}
          onInput={(firstName) => set({ firstName })}
          autoComplete={own ? 'given-name' : 'off'}
          error={step.errorOf('person.firstName')}
        />
        <TextField
          path="person.lastName"
          label={t.person.lastName}
          value={person.lastName}
          onInput={(lastName) => set({ lastName })}
          autoComplete={own ? 'family-name' : 'off'}
          error={step.errorOf('person.lastName')}
        />
        <TextField
          path="person.personalCode"
          label={t.person.personalCode}
          hint={t.person.personalCodeHint}
          value={person.personalCode}
          onInput={(personalCode) => set({ personalCode })}
          inputMode="numeric"
          size="medium"
          error={step.errorOf('person.personalCode')}
        />
        {needsDateOfBirth(person.personalCode) && (
          <DateField
            path="person.dateOfBirth"
            legend={t.person.dateOfBirth}
            hint={t.person.dateOfBirthHint}
            value={{ day: person.birthDay, month: person.birthMonth, year: person.birthYear }}
            onInput={(part, value) => set({ [partKey[part]]: value })}
            error={step.errorOf('person.dateOfBirth')}
            ownDetails={own}
          />
        )}
      </StepForm>
    </Page>
  );
}
