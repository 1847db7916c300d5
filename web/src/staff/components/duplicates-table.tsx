import type { ComponentChildren } from 'preact';
import { formatDay } from '../../format/dates.ts';
import type { DuplicateMember, DuplicatesResponse } from '../api/types.ts';
import { useMunicipalityNames } from '../api/use-round.ts';
import { readableTime } from '../format/readable-time.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { ReviewStateTag } from './review-state-tag.tsx';
import { TableWrap } from './table-wrap.tsx';

type Row = { label: string; cell(member: DuplicateMember): ComponentChildren; personal?: boolean };

/**
 * One column per application, one row per detail, so differences stand out along a row. Details of another
 * municipality's application are not sent at all; the cell says so.
 */
export function DuplicatesTable({ group }: { group: DuplicatesResponse }) {
  const { s, t, language } = useStaffTexts();
  const nameOf = useMunicipalityNames(language);
  const when = (instant: string) => readableTime(s, instant);
  const rows: Row[] = [
    { label: s.duplicates.municipality, cell: (m) => nameOf(m.municipalityCode) },
    { label: s.application.received, cell: (m) => when(m.receivedAt) },
    { label: s.application.channel, cell: (m) => s.common.channels[m.channel] },
    { label: s.application.state, cell: (m) => <ReviewStateTag state={m.state} /> },
    { label: t.check.name, personal: true, cell: (m) => `${m.details?.firstName} ${m.details?.lastName}` },
    { label: t.check.dateOfBirth, personal: true, cell: (m) => formatDay(m.details?.dateOfBirth ?? '') },
    {
      label: t.check.disabilityGroup,
      personal: true,
      cell: (m) => t.disabilityGroup.option(m.details?.disabilityGroup ?? 0),
    },
    { label: t.check.email, personal: true, cell: (m) => m.details?.email ?? s.common.notGiven },
    { label: t.check.representativeTitle, personal: true, cell: (m) => m.details?.representative ?? s.common.notGiven },
    {
      label: s.queue.documents,
      personal: true,
      cell: (m) =>
        m.details?.documentsVerified === null || m.details?.documentsVerified === undefined
          ? s.queue.documentsNotChecked
          : m.details.documentsVerified
            ? s.queue.documentsVerified
            : s.queue.documentsProblem,
    },
  ];
  return (
    <TableWrap captionId="duplicates-caption">
      <table class="table table-compare">
        <caption id="duplicates-caption" class="table-caption">
          {s.duplicates.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.duplicates.field}</th>
            {group.applications.map((member) => (
              <th scope="col" key={member.reference}>
                {member.details ? (
                  <a href={staffPaths.application(member.reference)}>{member.reference}</a>
                ) : (
                  member.reference
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {group.applications.map((member) => (
                <td key={member.reference}>
                  {row.personal && !member.details ? <em>{s.duplicates.hidden}</em> : row.cell(member)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
