import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParticipantPlanResponse } from '../../../shared/schemas/participant-api.ts';
import { api } from '../api/client.ts';
import type { Created, LocalizedText, Round } from '../api/types.ts';
import { useSending } from '../api/use-data.ts';
import { useLanguage } from '../app-context.ts';
import { Page } from '../components/page.tsx';
import { SocialServiceContacts } from '../components/social-service.tsx';
import { heldAccess } from '../flow/held-access.ts';
import { paths } from '../flow/routes.ts';
import { AccessForm, useAccessLookup } from './access-lookup.tsx';
import { AgreementSection } from './plan/agreement-section.tsx';
import {
  BudgetSection,
  DeliveredSection,
  GoalsSection,
  LeftSection,
  PlanFacts,
  ServicesSection,
} from './plan/plan-sections.tsx';

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
  const lookup = useAccessLookup(heldAccess);
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const agreeing = useSending();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  const read = async (created: Created) => {
    const answer = await api.plan(created);
    if (!answer.ok) return answer;
    const round = await api.round(answer.data.roundId);
    return { ok: true as const, data: { created, plan: answer.data, ...(round.ok && { round: round.data }) } };
  };

  const look = async () => {
    setShown(undefined);
    const created = lookup.given();
    if (!created) return;
    const looked = await lookup.send(() => read(created));
    if (!looked) return;
    // The application was found, with no plan: not a mistake to fix, so it is told in the page, not as an error.
    if (!looked.ok && looked.error.code !== 'PLAN_NOT_READY') return lookup.refused(looked.error);
    focusResult.current = true;
    setShown(looked.ok ? looked.data : { created, notReady: looked.error.message });
  };

  const agree = async () => {
    if (!shown || !('plan' in shown)) return;
    const { created, plan } = shown;
    lookup.showErrors([]);
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
    if (lookup.fields.reference && lookup.fields.accessCode) void look();
  }, []);
  // A lookup takes focus to what it found; a plan read again after a refused agreement leaves it on the error.
  useEffect(() => {
    if (focusResult.current && shown) {
      focusResult.current = false;
      resultHeading.current?.focus();
    }
  }, [shown]);

  const municipality =
    shown && 'plan' in shown
      ? shown.round?.municipalities.find((candidate) => candidate.code === shown.plan.municipalityCode)
      : undefined;

  return (
    <Page title={t.plan.title} backHref={paths.status()} {...lookup.feedback}>
      <AccessForm lookup={lookup} words={t.plan} onLook={look} />
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
