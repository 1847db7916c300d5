import { ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { catalogueWords } from './catalogue.ts';
import { useEuro } from './money.ts';
import type { BudgetStandingView, PlanYear } from './plan-types.ts';

/**
 * Where the plan's money stands: per service line and in total, planned, spent and left, and from 80 % spent a
 * warning in words (not by colour alone) that the plan may need changing.
 */
export function StandingTable({ standing, year }: { standing: BudgetStandingView; year: PlanYear | undefined }) {
  const { s, language } = useStaffTexts();
  const euro = useEuro();
  const words = catalogueWords(year, language);
  const total = { serviceId: '', providerId: '', ...standing };
  return (
    <>
      {standing.warn && (
        <p class="notice" data-testid="budget-warning">
          <strong>{s.plans.warning(Math.floor(standing.spentShare * 100))}</strong>
        </p>
      )}
      <p data-testid="spent-line">
        {s.plans.spentLine(euro(standing.spentCents), euro(standing.plannedCents), euro(standing.leftCents))}
      </p>
      <ColumnTable
        captionId="standing-caption"
        captionClass="table-caption"
        caption={s.plans.standingCaption}
        rows={[...standing.lines, total]}
        rowKey={(line) => `${line.serviceId}@${line.providerId}`}
        testId="standing"
        columns={[
          {
            title: s.plans.service,
            rowHeader: true,
            cell: (line) =>
              line === total
                ? s.plans.allServices
                : `${words.serviceName(line.serviceId)}, ${words.providerName(line.providerId)}`,
          },
          { title: s.plans.planned, numeric: true, cell: (line) => euro(line.plannedCents) },
          { title: s.plans.spent, numeric: true, cell: (line) => euro(line.spentCents) },
          { title: s.plans.left, numeric: true, cell: (line) => euro(line.leftCents) },
        ]}
      />
    </>
  );
}
