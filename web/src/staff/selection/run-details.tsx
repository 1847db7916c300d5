import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { rigaDateTime } from '../../format/dates.ts';
import type { SelectionRunSummary } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';

/**
 * What names a run and lets anyone check it: its number, the checksum of its inputs, the rule's version, who ran
 * it and when, and whether and by whom it was published.
 */
export function RunDetails({ run, before = [] }: { run: SelectionRunSummary; before?: SummaryRow[] }) {
  const { s } = useStaffTexts();
  const by = (who: string, instant: string) => {
    const at = rigaDateTime(instant);
    return s.common.by(who, at.date, at.time);
  };
  const rows: SummaryRow[] = [
    ...before,
    { label: s.selection.runId, value: run.runId },
    { label: s.selection.inputsHash, value: run.inputsHash },
    { label: s.selection.ruleVersion, value: run.ruleVersion },
    { label: s.selection.ranBy, value: by(run.ranBy, run.ranAt) },
    { label: s.selection.status, value: s.selection.statuses[run.status] },
    ...(run.publishedAt ? [{ label: s.selection.publishedBy, value: by(run.publishedBy ?? '', run.publishedAt) }] : []),
  ];
  return (
    <div class="run-details" data-testid="run-details">
      <SummaryList rows={rows} />
    </div>
  );
}
