import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import type { Answers } from '../draft/draft.ts';
import { ContactFields } from '../fieldsets/contact-fields.tsx';
import { useStep } from '../flow/use-step.ts';

export function ContactPage() {
  const { t } = useApp();
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
        {own && <p>{t.contact.howToReach}</p>}
        <ContactFields
          value={contact}
          onChange={set}
          errorOf={step.errorOf}
          autofill={own}
          words={{
            email: own ? t.contact.email : t.contact.emailOther,
            emailHint: own ? t.contact.emailHintSelf : t.contact.emailHintOther(representative.email.trim()),
            // Without e-mail, a phone or a post address will do.
            emailOptional: true,
            phone: own ? t.contact.phone : t.contact.phoneOther,
            phoneHint: t.contact.phoneHint,
            address: own ? { label: t.contact.address, hint: t.contact.addressHint } : undefined,
            language: t.contact.language,
          }}
        />
      </StepForm>
    </Page>
  );
}
