import type { AuditAction, HistoryEntry } from '../api/types.ts';
import { type Column, ColumnTable, whenColumn } from '../components/column-table.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { useStaffTexts } from '../i18n/texts.ts';

/**
 * What happened to the application and who did it, oldest first: the applicant's steps (or the office's, for a
 * paper application) and every staff change.
 */
export function HistoryTable({ history, channel }: { history: HistoryEntry[]; channel: 'online' | 'paper' }) {
  const { s } = useStaffTexts();
  const label = (action: HistoryEntry['action']) =>
    action in s.application.history
      ? s.application.history[action as keyof typeof s.application.history]
      : s.audit.actions[action as AuditAction];
  const columns: Column<HistoryEntry>[] = [
    whenColumn(s, s.application.when),
    { title: s.application.what, cell: (entry) => label(entry.action) },
    {
      title: s.application.who,
      cell: (entry) => entry.by ?? (channel === 'paper' ? s.application.office : s.application.applicant),
    },
  ];
  return (
    <ReviewSection id="history" title={s.application.historyTitle}>
      <ColumnTable
        columns={columns}
        rows={history}
        // The same action can happen twice in the same millisecond: the index keeps rows apart.
        rowKey={(entry, index) => `${entry.at}-${entry.action}-${index}`}
        caption={s.application.historyCaption}
        captionId="history-caption"
        captionClass="table-caption"
      />
    </ReviewSection>
  );
}
