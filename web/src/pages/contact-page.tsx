import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import type { Answers } from '../draft/draft.ts';
import { useStep } from '../flow/use-step.ts';

export function ContactPage() {
  const { t, language } = useApp();
  const step = useStep('contact');
  const { contact, applicant, representative } = step.answers;
  const own = applicant !== 'other';
  const set = (change: Partial<Answers['contact']>) =>
    step.setAnswers((answers) => ({ ...answers, contact: { ...answers.contact, ...change } }));
  const title = own ? t.contact.titleSelf : t.contact.titleOther;

  return (
    <Page title={title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <Heading>{title}</Heading>
        <TextField
          path="contact.email"
          label={own ? t.contact.email : t.contact.emailOther}
          hint={own ? t.contact.emailHintSelf : t.contact.emailHintOther(representative.email.trim())}
          optional={!own}
          type="email"
          value={contact.email}
          onInput={(email) => set({ email })}
          autoComplete={own ? 'email' : 'off'}
          error={step.errorOf('contact.email')}
        />
        <TextField
          path="contact.phone"
          label={own ? t.contact.phone : t.contact.phoneOther}
          hint={t.contact.phoneHint}
          optional
          type="tel"
          size="medium"
          value={contact.phone}
          onInput={(phone) => set({ phone })}
          autoComplete={own ? 'tel' : 'off'}
          error={step.errorOf('contact.phone')}
        />
        <RadioGroup
          path="contact.language"
          legend={t.contact.language}
          options={[
            { value: 'lv', label: t.contact.languages.lv, lang: 'lv' },
            { value: 'en', label: t.contact.languages.en, lang: 'en' },
          ]}
          // Until chosen, e-mails come in the language of the screens.
          value={contact.language ?? language}
          onChange={(value) => set({ language: value === 'en' ? 'en' : 'lv' })}
          error={step.errorOf('contact.language')}
        />
      </StepForm>
    </Page>
  );
}
