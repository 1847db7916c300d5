import { rigaDateTime } from '../../format/dates.ts';
import type { AuditAction, HistoryEntry } from '../api/types.ts';
import { TableWrap } from '../components/table-wrap.tsx';
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
  return (
    <section class="review-section" aria-labelledby="history-title">
      <h2 id="history-title">{s.application.historyTitle}</h2>
      <TableWrap captionId="history-caption">
        <table class="table">
          <caption id="history-caption" class="table-caption">
            {s.application.historyCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.application.when}</th>
              <th scope="col">{s.application.what}</th>
              <th scope="col">{s.application.who}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => {
              const when = rigaDateTime(entry.at);
              return (
                // The same action can happen twice in the same millisecond: the index keeps rows apart.
                <tr key={`${entry.at}-${entry.action}-${index}`}>
                  <td class="nowrap">{s.common.dateTime(when.date, when.time)}</td>
                  <td>{label(entry.action)}</td>
                  <td>{entry.by ?? (channel === 'paper' ? s.application.office : s.application.applicant)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
