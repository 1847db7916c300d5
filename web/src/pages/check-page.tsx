import { api } from '../api/client.ts';
import type { DocumentType } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { SaveLater } from '../components/save-later.tsx';
import { StepForm } from '../components/step-form.tsx';
import { SummaryList, type SummaryRow } from '../components/summary-list.tsx';
import { needsDateOfBirth } from '../draft/request-parts.ts';
import { needsSaving, saveApplication } from '../draft/save-application.ts';
import { onlineDocuments } from '../flow/needed-documents.ts';
import { navigate } from '../flow/router.ts';
import { paths } from '../flow/routes.ts';
import { type StepId, stepOfPath, stepsFor } from '../flow/steps.ts';
import { useStep } from '../flow/use-step.ts';
import { checkStep } from '../flow/validate.ts';

export function CheckPage() {
  const { t, language, updateDraft, setReceipt, discardDraft } = useApp();
  const step = useStep('check');
  const { draft, round, answers } = step;
  const change = (target: StepId) => paths.step(round.id, target, 'check');
  const orNotGiven = (value: string) => value.trim() || t.check.notGiven;
  const own = answers.applicant !== 'other';
  const municipality = round.municipalities.find((candidate) => candidate.code === answers.municipalityCode);
  const { person, representative, contact } = answers;

  const eligibility: SummaryRow[] = [
    { label: t.check.municipality, value: municipality?.name[language] ?? '', changeHref: change('municipality') },
    {
      label: t.check.disabilityGroup,
      value: t.disabilityGroup.option(Number(answers.disabilityGroup)),
      changeHref: change('disability-group'),
    },
    {
      label: t.check.mentalDisorder,
      value: answers.mentalDisorder === 'yes' ? t.common.yes : t.common.no,
      changeHref: change('mental-disorder'),
    },
    { label: t.check.who, value: own ? t.who.self : t.who.other, changeHref: change('who') },
  ];
  const representativeRows: SummaryRow[] = own
    ? []
    : [
        {
          label: t.check.name,
          value: `${representative.firstName} ${representative.lastName}`.trim(),
          changeHref: change('representative'),
        },
        {
          label: t.check.capacity,
          value: representative.capacity ? t.check.capacities[representative.capacity] : '',
          changeHref: change('representative'),
        },
        { label: t.check.email, value: representative.email, changeHref: change('representative') },
        { label: t.check.phone, value: orNotGiven(representative.phone), changeHref: change('representative') },
      ];
  const personRows: SummaryRow[] = [
    { label: t.check.name, value: `${person.firstName} ${person.lastName}`.trim(), changeHref: change('person') },
    { label: t.check.personalCode, value: person.personalCode, changeHref: change('person') },
    ...(needsDateOfBirth(person.personalCode)
      ? [
          {
            label: t.check.dateOfBirth,
            value: `${person.birthDay.padStart(2, '0')}.${person.birthMonth.padStart(2, '0')}.${person.birthYear}`,
            changeHref: change('person'),
          },
        ]
      : []),
  ];
  const contactRows: SummaryRow[] = [
    { label: t.check.email, value: orNotGiven(contact.email), changeHref: change('contact') },
    { label: t.check.phone, value: orNotGiven(contact.phone), changeHref: change('contact') },
    ...(own
      ? [
          {
            label: t.contact.address,
            value: orNotGiven(contact.address ?? ''),
            changeHref: change('contact'),
          },
        ]
      : []),
    {
      label: t.check.language,
      value: t.contact.languages[contact.language ?? language],
      changeHref: change('contact'),
    },
    { label: t.check.consent, value: t.check.consentGiven, changeHref: change('consent') },
  ];
  const documentRows: SummaryRow[] = onlineDocuments(round, draft.answers).map((requirement) => ({
    label: requirement.name[language],
    value:
      draft.documents[requirement.type]?.fileName ||
      (draft.documents[requirement.type] ? t.documents.receivedUnnamed : t.check.documentMissing),
    changeHref: change('documents'),
  }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (step.busy || !draft.created) return;
    step.setPageError(undefined);
    // Every page must be complete: a page opened by its address may have been skipped.
    const steps = stepsFor(answers);
    const incomplete = steps
      .slice(0, steps.indexOf('check'))
      .find((other) => checkStep(other, draft, round).length > 0);
    if (incomplete) {
      updateDraft((current) => ({ ...current, errors: [...current.errors, ...checkStep(incomplete, current, round)] }));
      return step.go(incomplete, 'check');
    }
    step.setBusy(true);
    let current = draft;
    if (needsSaving(current, language)) {
      const saved = await saveApplication(current, language);
      if (!saved.ok) {
        step.setBusy(false);
        return step.routeServerError(saved.draft, saved.error, 'check');
      }
      current = saved.draft;
      updateDraft(() => saved.draft);
    }
    const created = current.created ?? draft.created;
    const submitted = await api.submit(created);
    step.setBusy(false);
    if (!submitted.ok) {
      // A refused document is gone from storage: forget it, so the documents page asks for it again.
      const documents = { ...current.documents };
      for (const field of submitted.error.fields) {
        if (stepOfPath(field.path) === 'documents')
          delete documents[field.path.slice('documents.'.length) as DocumentType];
      }
      return step.routeServerError({ ...current, documents }, submitted.error, 'check');
    }
    setReceipt({
      roundId: round.id,
      reference: created.reference,
      accessCode: created.accessCode,
      emails: [own ? '' : representative.email.trim(), contact.email.trim()].filter(Boolean),
      nextSteps: submitted.data.nextSteps,
      alreadyApplied: submitted.data.alreadyAppliedInRound === true,
      municipalityCode: submitted.data.municipalityCode,
    });
    discardDraft();
    navigate(paths.done(round.id), { replace: true });
  };

  if (!draft.created) {
    return (
      <Page title={t.check.title} {...step}>
        <Heading>{t.check.title}</Heading>
        <p>{t.check.noDraft}</p>
        <p>
          <a href={paths.step(round.id, stepsFor(answers)[0] ?? 'municipality')}>{t.common.continue}</a>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t.check.title} {...step}>
      <Heading>{t.check.title}</Heading>
      <p>{t.check.intro}</p>
      <h2>{t.check.eligibilityTitle}</h2>
      <SummaryList rows={eligibility} />
      {!own && (
        <>
          <h2>{t.check.representativeTitle}</h2>
          <SummaryList rows={representativeRows} />
        </>
      )}
      <h2>{t.check.personTitle}</h2>
      <SummaryList rows={personRows} />
      <h2>{t.check.contactTitle}</h2>
      <SummaryList rows={contactRows} />
      <h2>{t.check.documentsTitle}</h2>
      <SummaryList rows={documentRows} />
      <h2>{t.check.submitTitle}</h2>
      <p>{t.check.submitText}</p>
      <StepForm onSubmit={submit} busy={step.busy} submitLabel={t.check.submit} busyLabel={t.check.sending} />
      <SaveLater />
    </Page>
  );
}
