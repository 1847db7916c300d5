import { rigaDateTime } from '../../format/dates.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { monthName } from './catalogue.ts';
import { useEuro } from './money.ts';
import type { SupportPlan } from './plan-types.ts';

/** The months recorded so far, with their sums and who recorded them; replaced records are counted. */
export function MonthsTable({ plan }: { plan: SupportPlan }) {
  const { s, language } = useStaffTexts();
  const euro = useEuro();
  if (plan.deliveries.length === 0) return <p>{s.plans.noMonths}</p>;
  return (
    <>
      <ColumnTable
        captionId="months-caption"
        captionClass="table-caption"
        caption={s.plans.monthsCaption}
        rows={plan.deliveries}
        rowKey={(delivery) => delivery.month}
        testId="months"
        columns={[
          { title: s.plans.month, rowHeader: true, cell: (delivery) => monthName(delivery.month, language) },
          {
            title: s.plans.amountColumn,
            numeric: true,
            cell: (delivery) => euro(delivery.lines.reduce((sum, line) => sum + line.amountCents, 0)),
          },
          {
            title: s.plans.who,
            cell: (delivery) => {
              const when = rigaDateTime(delivery.at);
              return s.common.by(delivery.by.displayName, when.date, when.time);
            },
          },
        ]}
      />
      {plan.replacedDeliveries.length > 0 && (
        <p data-testid="replaced">{s.plans.replacedCount(plan.replacedDeliveries.length)}</p>
      )}
    </>
  );
}
