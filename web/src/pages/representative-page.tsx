import type { RepresentativeCapacity } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import type { Answers } from '../draft/draft.ts';
import { useStep } from '../flow/use-step.ts';

const CAPACITIES: RepresentativeCapacity[] = ['legal-representative', 'guardian', 'authorised-person'];

export function RepresentativePage() {
  const { t } = useApp();
  const step = useStep('representative');
  const representative = step.answers.representative;
  const set = (change: Partial<Answers['representative']>) =>
    step.setAnswers((answers) => ({ ...answers, representative: { ...answers.representative, ...change } }));

  // These are the details of the person filling in the form, so the browser may fill them in.
  return (
    <Page title={t.representative.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <Heading>{t.representative.title}</Heading>
        <p>{t.representative.intro}</p>
        <TextField
          path="representative.firstName"
          label={t.representative.firstName}
          value={representative.firstName}
          onInput={(firstName) => set({ firstName })}
          autoComplete="given-name"
          error={step.errorOf('representative.firstName')}
        />
        <TextField
          path="representative.lastName"
          label={t.representative.lastName}
          value={representative.lastName}
          onInput={(lastName) => set({ lastName })}
          autoComplete="family-name"
          error={step.errorOf('representative.lastName')}
        />
        <RadioGroup
          path="representative.capacity"
          legend={t.representative.capacity}
          options={CAPACITIES.map((capacity) => ({
            value: capacity,
            label: t.representative.capacities[capacity],
            ...(capacity === 'authorised-person' && { hint: t.representative.authorisedHint }),
          }))}
          value={representative.capacity}
          onChange={(value) => set({ capacity: value as RepresentativeCapacity })}
          error={step.errorOf('representative.capacity')}
        />
        <TextField
          path="representative.email"
          label={t.representative.email}
          hint={t.representative.emailHint}
          type="email"
          value={representative.email}
          onInput={(email) => set({ email })}
          autoComplete="email"
          error={step.errorOf('representative.email')}
        />
        <TextField
          path="representative.phone"
          label={t.representative.phone}
          hint={t.representative.phoneHint}
          optional
          type="tel"
          size="medium"
          value={representative.phone}
          onInput={(phone) => set({ phone })}
          autoComplete="tel"
          error={step.errorOf('representative.phone')}
        />
      </StepForm>
    </Page>
  );
}
