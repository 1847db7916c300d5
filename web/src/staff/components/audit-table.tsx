import { rigaDateTime } from '../../format/dates.ts';
import type { AuditEntry } from '../api/types.ts';
import { useMunicipalityNames } from '../api/use-round.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { TableWrap } from './table-wrap.tsx';

/** Audit entries, newest first: when (Riga time), who, what, which application, and how it ended. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { s, language } = useStaffTexts();
  const nameOf = useMunicipalityNames(language);
  if (entries.length === 0) return <p>{s.audit.empty}</p>;
  return (
    <TableWrap captionId="audit-caption">
      <table class="table">
        <caption id="audit-caption" class="table-caption">
          {s.audit.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.audit.when}</th>
            <th scope="col">{s.audit.who}</th>
            <th scope="col">{s.audit.action}</th>
            <th scope="col">{s.audit.reference}</th>
            <th scope="col">{s.audit.municipality}</th>
            <th scope="col">{s.audit.outcome}</th>
            <th scope="col">{s.audit.reason}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const when = rigaDateTime(entry.at);
            return (
              <tr key={entry.id}>
                <td class="nowrap">{s.common.dateTime(when.date, when.time)}</td>
                <td>
                  {entry.actor ? (
                    <>
                      {entry.actor.username}
                      <span class="cell-note">{s.common.roles[entry.actor.role]}</span>
                    </>
                  ) : (
                    s.audit.notSignedIn
                  )}
                </td>
                <td>{s.audit.actions[entry.action]}</td>
                <td>{entry.reference && <a href={staffPaths.application(entry.reference)}>{entry.reference}</a>}</td>
                <td>{entry.municipalityCode ? nameOf(entry.municipalityCode) : ''}</td>
                <td>{s.audit.outcomes[entry.outcome]}</td>
                <td>{entry.reason ? <code>{entry.reason}</code> : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
