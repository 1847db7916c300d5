import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParticipantPlanResponse } from '../../../shared/schemas/participant-api.ts';
import { api } from '../api/client.ts';
import type { Created, LocalizedText, Round } from '../api/types.ts';
import { useSending } from '../api/use-data.ts';
import { useLanguage } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { SocialServiceContacts } from '../components/social-service.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import { fieldError } from '../flow/field-errors.ts';
import { heldAccess } from '../flow/held-access.ts';
import { paths } from '../flow/routes.ts';
import { AgreementSection } from './plan/agreement-section.tsx';
import {
  BudgetSection,
  DeliveredSection,
  GoalsSection,
  LeftSection,
  PlanFacts,
  ServicesSection,
} from './plan/plan-sections.tsx';
import { useLookup } from './use-lookup.ts';

/** What the page shows once the number and code opened the application: its plan, or that there is none yet. */
type Shown =
  | { created: Created; plan: ParticipantPlanResponse; round?: Round; justAgreed?: boolean }
  | { created: Created; notReady: LocalizedText };

/**
 * A participant's support plan, for the person or their representative: opened from the status page with the
 * number and code given there, or by typing them here. Easy to read: one thing per section, the goals first.
 */
export function PlanPage() {
  const { t, language } = useLanguage();
  const lookup = useLookup(() => heldAccess() ?? { reference: '', accessCode: '' });
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const agreeing = useSending();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const read = async (created: Created) => {
    const answer = await api.plan(created);
    if (!answer.ok) return answer;
    const round = await api.round(answer.data.roundId);
    return { ok: true as const, data: { created, plan: answer.data, ...(round.ok && { round: round.data }) } };
  };

  const look = async (given: typeof lookup.fields) => {
    setShown(undefined);
    const complete = lookup.filled(given, {
      reference: (w) => w.status.requiredReference,
      accessCode: (w) => w.status.requiredAccessCode,
    });
    if (!complete) return;
    const created = {
      reference: given.reference.trim().toUpperCase(),
      accessCode: given.accessCode.trim().toUpperCase(),
    };
    const looked = await lookup.send(() => read(created));
    if (!looked) return;
    if (looked.ok) return setShown(looked.data);
    const { error } = looked;
    // The application was found, with no plan: not a mistake to fix, so it is told in the page, not as an error.
    if (error.code === 'PLAN_NOT_READY') return setShown({ created, notReady: error.message });
    // "Not found" and "wrong code" read the same on purpose, as on the status page.
    if (error.status === 404) lookup.showErrors([fieldError('reference', error.message, error.code)]);
    else lookup.showErrors([], error.message);
  };

  const agree = async () => {
    if (!shown || !('plan' in shown)) return;
    const { created, plan } = shown;
    const answer = await agreeing.send(() => api.agreeToPlan(created, plan.version));
    if (!answer) return;
    if (answer.ok) return setShown({ ...shown, plan: answer.data, justAgreed: true });
    lookup.showErrors([], answer.error.message);
    // Changed or ended meanwhile: show the plan as it is now, so the person reads what they would agree to.
    if (answer.error.status === 409 || answer.error.status === 422) {
      const fresh = await api.plan(created);
      if (fresh.ok) setShown({ ...shown, plan: fresh.data, justAgreed: false });
    }
  };

  // Opened from the status page: show the plan straight away.
  useEffect(() => {
    if (lookup.fields.reference && lookup.fields.accessCode) void look(lookup.fields);
  }, []);
  const shownKey = shown && ('plan' in shown ? `${shown.created.reference}-${shown.plan.version}` : 'not-ready');
  useEffect(() => {
    if (shown && !('justAgreed' in shown && shown.justAgreed)) resultHeading.current?.focus();
  }, [shownKey]);

  const municipality =
    shown && 'plan' in shown
      ? shown.round?.municipalities.find((candidate) => candidate.code === shown.plan.municipalityCode)
      : undefined;

  return (
    <Page title={t.plan.title} backHref={paths.status()} {...lookup.feedback}>
      <StepForm
        onSubmit={lookup.onSubmit(() => look(lookup.fields))}
        busy={lookup.busy}
        submitLabel={t.plan.show}
        busyLabel={t.plan.loading}
      >
        <Heading>{t.plan.title}</Heading>
        <p>{t.plan.intro}</p>
        <TextField
          {...lookup.box('reference')}
          label={t.status.reference}
          hint={t.status.referenceHint}
          size="medium"
        />
        <TextField
          {...lookup.box('accessCode')}
          label={t.status.accessCode}
          hint={t.status.accessCodeHint}
          size="medium"
        />
      </StepForm>
      {shown && 'notReady' in shown && (
        <section class="result" aria-labelledby="result-heading">
          <h2 id="result-heading" tabIndex={-1} ref={resultHeading}>
            {t.plan.notReadyTitle}
          </h2>
          <p data-testid="plan-not-ready">{shown.notReady[language]}</p>
        </section>
      )}
      {shown && 'plan' in shown && (
        <section class="result" aria-labelledby="result-heading" data-testid="plan">
          <h2 id="result-heading" tabIndex={-1} ref={resultHeading}>
            {t.status.resultTitle(shown.plan.reference)}
          </h2>
          <p>{t.plan.about}</p>
          <PlanFacts plan={shown.plan} />
          <GoalsSection plan={shown.plan} />
          <ServicesSection plan={shown.plan} />
          <BudgetSection plan={shown.plan} />
          <DeliveredSection plan={shown.plan} />
          <LeftSection plan={shown.plan} />
          <AgreementSection
            canAgree={shown.plan.canAgree}
            justAgreed={shown.justAgreed === true}
            busy={agreeing.busy}
            onAgree={() => void agree()}
          />
          {municipality?.socialService && (
            <>
              <h2>{t.plan.contactsTitle}</h2>
              <SocialServiceContacts service={municipality.socialService} />
            </>
          )}
        </section>
      )}
    </Page>
  );
}
