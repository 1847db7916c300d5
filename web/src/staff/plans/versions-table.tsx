import { rigaDateTime } from '../../format/dates.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useEuro } from './money.ts';
import type { SupportPlan } from './plan-types.ts';

/** Every version of the plan, oldest first: who drew it up and when, why it changed, its total, and each opens. */
export function VersionsTable({ plan }: { plan: SupportPlan }) {
  const { s } = useStaffTexts();
  const euro = useEuro();
  return (
    <ReviewSection id="versions" title={s.plans.versionsTitle}>
      <ColumnTable
        captionId="versions-caption"
        captionClass="visually-hidden"
        caption={s.plans.versionsCaption}
        rows={plan.versions}
        rowKey={(version) => String(version.version)}
        testId="versions"
        columns={[
          {
            title: s.plans.version,
            rowHeader: true,
            cell: (version) => (
              <a href={staffPaths.plan(plan.reference, version.version)}>{s.plans.openVersion(version.version)}</a>
            ),
          },
          {
            title: s.plans.when,
            nowrap: true,
            cell: (version) => {
              const when = rigaDateTime(version.at);
              return s.common.dateTime(when.date, when.time);
            },
          },
          { title: s.plans.who, cell: (version) => version.by.displayName },
          { title: s.plans.reasonColumn, cell: (version) => version.reason ?? s.plans.firstVersion },
          { title: s.plans.total, numeric: true, cell: (version) => euro(version.totalCents) },
          { title: s.plans.agreement, cell: (version) => (version.agreement ? s.plans.yes : s.plans.no) },
        ]}
      />
    </ReviewSection>
  );
}
