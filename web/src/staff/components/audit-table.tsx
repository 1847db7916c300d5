import type { AuditEntry } from '../api/types.ts';
import { useMunicipalityNames } from '../api/use-round.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { type Column, ColumnTable, whenColumn } from './column-table.tsx';

/** The actions that erase an application's personal data. */
const ERASING = new Set<AuditEntry['action']>(['retention.anonymise', 'application.erase']);

/** Audit entries, newest first: when (Riga time), who, what, which application, and how it ended. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { s, language } = useStaffTexts();
  const nameOf = useMunicipalityNames(language);
  if (entries.length === 0) return <p>{s.audit.empty}</p>;
  const columns: Column<AuditEntry>[] = [
    whenColumn(s, s.audit.when),
    {
      title: s.audit.who,
      cell: (entry) =>
        entry.actor ? (
          <>
            {entry.actor.username}
            <span class="cell-note">{s.common.roles[entry.actor.role]}</span>
          </>
        ) : entry.action === 'retention.anonymise' ? (
          s.retention.job
        ) : (
          s.audit.notSignedIn
        ),
    },
    { title: s.audit.action, cell: (entry) => s.audit.actions[entry.action] },
    {
      title: s.audit.reference,
      // An application whose data was erased has no page of its own any more, only its retention page.
      cell: (entry) =>
        entry.reference && (
          <a
            href={
              ERASING.has(entry.action)
                ? staffPaths.retention(entry.reference)
                : staffPaths.application(entry.reference)
            }
          >
            {entry.reference}
          </a>
        ),
    },
    { title: s.audit.municipality, cell: (entry) => (entry.municipalityCode ? nameOf(entry.municipalityCode) : '') },
    { title: s.audit.outcome, cell: (entry) => s.audit.outcomes[entry.outcome] },
    { title: s.audit.reason, cell: (entry) => (entry.reason ? <code>{entry.reason}</code> : '') },
  ];
  return (
    <ColumnTable
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      caption={s.audit.caption}
      captionId="audit-caption"
      captionClass="table-caption"
    />
  );
}
