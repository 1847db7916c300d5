import type { ComponentChildren } from 'preact';
import { formatEuro } from '../../../../shared/domain/money.ts';
import type { ParticipantPlanResponse } from '../../../../shared/schemas/participant-api.ts';
import { useLanguage } from '../../app-context.ts';
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { formatDay, rigaDateTime } from '../../format/dates.ts';

type Plan = ParticipantPlanResponse;

/** One thing of the plan: its heading, a sentence that says what it is, then the thing itself. */
function PlanPart({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {children}
    </section>
  );
}

/** When the plan starts and ends, when it was made, and whether the person agreed to it: the plan at a glance. */
export function PlanFacts({ plan }: { plan: Plan }) {
  const { t } = useLanguage();
  const made = rigaDateTime(plan.madeAt).date;
  const rows: SummaryRow[] = [
    { label: t.plan.startLabel, value: formatDay(plan.startDate) },
    { label: t.plan.lastMonthLabel, value: t.plan.month(plan.lastMonth) },
    { label: plan.version > 1 ? t.plan.changedLabel : t.plan.madeLabel, value: made },
    { label: t.plan.agreementLabel, value: <span data-testid="agreement">{agreementText(t, plan.agreement)}</span> },
  ];
  if (plan.end)
    rows.push({ label: t.plan.endLabel, value: `${formatDay(plan.end.on)}. ${t.plan.ends[plan.end.kind]}` });
  return <SummaryList rows={rows} />;
}

function agreementText(t: ReturnType<typeof useLanguage>['t'], agreement: Plan['agreement']): string {
  if (!agreement) return t.plan.notAgreed;
  if (agreement.how === 'paper') return t.plan.agreedOnPaper(formatDay(agreement.signedOn));
  const at = rigaDateTime(agreement.at);
  return t.plan.agreedOnline(at.date, at.time);
}

export function GoalsSection({ plan }: { plan: Plan }) {
  const { t } = useLanguage();
  return (
    <PlanPart id="goals-title" title={t.plan.goalsTitle} intro={t.plan.goalsIntro}>
      <ol class="list">
        {plan.goals.map((goal) => (
          <li key={goal}>{goal}</li>
        ))}
      </ol>
      {plan.personView && (
        <>
          <h3>{t.plan.personViewTitle}</h3>
          <p class="pre-line">{plan.personView}</p>
        </>
      )}
    </PlanPart>
  );
}

/** Each service on its own: what, from whom and how to reach them, how much a month, for how long, at what cost. */
export function ServicesSection({ plan }: { plan: Plan }) {
  const { t, language } = useLanguage();
  return (
    <PlanPart id="services-title" title={t.plan.servicesTitle} intro={t.plan.servicesIntro}>
      {plan.services.map((service) => {
        const { provider } = service;
        const rows: SummaryRow[] = [{ label: t.plan.provider, value: provider.name }];
        if (provider.phone) {
          const phone = <a href={`tel:${provider.phone.replace(/\s+/g, '')}`}>{provider.phone}</a>;
          rows.push({ label: t.plan.phone, value: phone });
        }
        if (provider.email) {
          rows.push({ label: t.plan.email, value: <a href={`mailto:${provider.email}`}>{provider.email}</a> });
        }
        if (provider.address) rows.push({ label: t.plan.address, value: provider.address });
        rows.push(
          { label: t.plan.howMuch, value: t.plan.perMonth(t.plan.quantity(service.quantityPerMonth, service.unit)) },
          { label: t.plan.howLong, value: t.plan.quantity(service.months, 'month') },
          { label: t.plan.monthCost, value: formatEuro(service.monthCents, language) },
          { label: t.plan.totalCost, value: formatEuro(service.totalCents, language) },
        );
        return (
          <div key={`${service.serviceId}@${service.providerId}`}>
            <h3>{service.name[language]}</h3>
            <SummaryList rows={rows} />
          </div>
        );
      })}
    </PlanPart>
  );
}

export function BudgetSection({ plan }: { plan: Plan }) {
  const { t, language } = useLanguage();
  return (
    <PlanPart id="budget-title" title={t.plan.budgetTitle} intro={t.plan.budgetIntro}>
      <SummaryList
        rows={[
          { label: t.plan.budget, value: formatEuro(plan.budgetCents, language) },
          { label: t.plan.planned, value: formatEuro(plan.plannedCents, language) },
        ]}
      />
    </PlanPart>
  );
}

/** What was delivered, one month after another. */
export function DeliveredSection({ plan }: { plan: Plan }) {
  const { t, language } = useLanguage();
  return (
    <PlanPart id="delivered-title" title={t.plan.deliveredTitle} intro={t.plan.deliveredIntro}>
      {plan.months.length === 0 && <p>{t.plan.nothingDelivered}</p>}
      {plan.months.map((month) => (
        <div key={month.month}>
          <h3>{t.plan.month(month.month)}</h3>
          <ul class="list">
            {month.lines.map((line) => (
              <li key={`${line.serviceId}@${line.providerId}`}>
                {`${line.name[language]}: ${t.plan.quantity(line.quantity, line.unit)}, ${formatEuro(line.amountCents, language)}`}
              </li>
            ))}
          </ul>
          <p>{t.plan.monthTotal(formatEuro(month.totalCents, language))}</p>
        </div>
      ))}
    </PlanPart>
  );
}

/** What is left of each service and of the whole plan. */
export function LeftSection({ plan }: { plan: Plan }) {
  const { t, language } = useLanguage();
  const euro = (cents: number) => formatEuro(cents, language);
  const rows: SummaryRow[] = plan.standing.lines.map((line) => ({
    label: `${line.name[language]} (${line.providerName})`,
    value: t.plan.leftOf(euro(line.leftCents), euro(line.plannedCents)),
  }));
  rows.push({
    label: t.plan.leftTotal,
    value: <strong>{t.plan.leftOf(euro(plan.standing.leftCents), euro(plan.standing.plannedCents))}</strong>,
  });
  return (
    <PlanPart id="left-title" title={t.plan.leftTitle} intro={t.plan.leftIntro}>
      <SummaryList rows={rows} />
    </PlanPart>
  );
}
