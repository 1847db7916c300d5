import { serviceCost } from '../../../../shared/domain/individual-budget.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { formatDay, rigaDateTime } from '../../format/dates.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { catalogueWords } from './catalogue.ts';
import { useEuro } from './money.ts';
import type { PlanVersion, PlanYear } from './plan-types.ts';

/**
 * One version of a plan as it was agreed or drawn up, read-only: the goals in order of priority, the services with
 * what each costs, the total against the budget, the participant's own view, the start and the agreement.
 */
export function VersionView({ version, year }: { version: PlanVersion; year: PlanYear | undefined }) {
  const { s, language } = useStaffTexts();
  const euro = useEuro();
  const words = catalogueWords(year, language);
  const signed = version.agreement;
  const when = signed && rigaDateTime(signed.at);
  return (
    <div data-testid={`version-${version.version}`}>
      <p data-testid="agreement-line">
        <strong>
          {signed?.how === 'paper'
            ? s.plans.agreedOnPaper(formatDay(signed.signedOn))
            : when
              ? s.plans.agreedOnline(s.common.dateTime(when.date, when.time))
              : s.plans.notAgreed}
        </strong>
      </p>
      <h3>{s.plans.goalsTitle}</h3>
      <ol class="plan-goals">
        {version.goals.map((goal, index) => (
          <li key={index} class="pre-line">
            {goal}
          </li>
        ))}
      </ol>
      <ColumnTable
        captionId={`services-caption-${version.version}`}
        captionClass="table-caption"
        caption={s.plans.servicesTitle}
        rows={version.services}
        rowKey={(service, index) => `${service.serviceId}@${service.providerId}#${index}`}
        testId="version-services"
        columns={[
          { title: s.plans.service, rowHeader: true, cell: (service) => words.serviceName(service.serviceId) },
          { title: s.plans.provider, cell: (service) => words.providerName(service.providerId) },
          {
            title: s.plans.perMonth,
            numeric: true,
            cell: (service) => s.plans.units[words.unitOf(service.serviceId)](service.quantityPerMonth),
          },
          { title: s.plans.months, numeric: true, cell: (service) => service.months },
          { title: s.plans.unitPrice, numeric: true, cell: (service) => euro(service.unitPriceCents) },
          { title: s.plans.cost, numeric: true, cell: (service) => euro(serviceCost(service)) },
        ]}
      />
      <p data-testid="version-total">
        <strong>{s.plans.totalAgainstBudget(euro(version.totalCents), euro(version.budgetCents))}</strong>
      </p>
      <SummaryList
        rows={[
          ...(version.needLevel ? [{ label: s.plans.needLevel, value: s.plans.needLevels[version.needLevel] }] : []),
          { label: s.plans.startDate, value: formatDay(version.startDate) },
          { label: s.plans.personView, value: <span class="pre-line">{version.personView ?? s.common.notGiven}</span> },
          ...(version.reason
            ? [{ label: s.plans.reasonColumn, value: <span class="pre-line">{version.reason}</span> }]
            : []),
        ]}
      />
    </div>
  );
}
