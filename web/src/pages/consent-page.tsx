import { useApp } from '../app-context.ts';
import { Checkbox } from '../components/checkbox.tsx';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import { paths } from '../flow/routes.ts';
import { useStep } from '../flow/use-step.ts';

/**
 * Consent comes before the documents: health documents are stored only after the person agrees, and the server
 * refuses to create an application without it.
 */
export function ConsentPage() {
  const { t, language } = useApp();
  const step = useStep('consent');
  const { answers, round } = step;
  const own = answers.applicant !== 'other';
  const municipality = round.municipalities.find((candidate) => candidate.code === answers.municipalityCode);

  return (
    <Page title={t.consent.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <Heading>{t.consent.title}</Heading>
        <p>{t.consent.why}</p>
        <h2>{t.consent.whatTitle}</h2>
        <ul class="list">
          {t.consent.what.map((item) => (
            <li key={item}>{item}</li>
          ))}
          {!own && <li>{t.consent.whatRepresentative}</li>}
        </ul>
        <h2>{t.consent.whoTitle}</h2>
        <ul class="list">
          {municipality && <li>{t.consent.whoNamed(t.consent.socialServiceOf(municipality.name[language]))}</li>}
          <li>{t.consent.whoMinistry}</li>
        </ul>
        <p>{t.consent.whoNobodyElse}</p>
        <h2>{t.consent.howLongTitle}</h2>
        <p>{t.consent.notSelected(round.retention.notSelectedDays)}</p>
        <p>{t.consent.selected(round.retention.participantDays)}</p>
        <p>
          <a href={`${paths.privacy(round.id)}?return=consent`}>{t.start.privacyLink}</a>
        </p>
        <Checkbox
          path="consent"
          label={own ? t.consent.checkboxSelf : t.consent.checkboxOther}
          checked={answers.consent}
          onChange={(consent) => step.setAnswers((current) => ({ ...current, consent }))}
          error={step.errorOf('consent')}
        />
      </StepForm>
    </Page>
  );
}
