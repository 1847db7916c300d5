import { rigaDateTime } from '../../format/dates.ts';
import type { QueueItem, QueueSort } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { ReviewStateTag } from './review-state-tag.tsx';
import { TableWrap } from './table-wrap.tsx';

/** How each sort shows on the column it orders by, for screen readers; the state order is a custom one. */
const SORTED_COLUMN: Record<
  QueueSort,
  { column: 'position' | 'received' | 'name' | 'state'; order: 'ascending' | 'other' }
> = {
  selection: { column: 'position', order: 'ascending' },
  received: { column: 'received', order: 'ascending' },
  name: { column: 'name', order: 'ascending' },
  state: { column: 'state', order: 'other' },
};

/** The queue, or the applications a search found, as a table: one row per application, each leading to its page. */
export function QueueTable({
  items,
  caption,
  sort,
}: {
  items: readonly QueueItem[];
  caption: string;
  sort: QueueSort;
}) {
  const { s } = useStaffTexts();
  if (items.length === 0) return <p>{s.queue.empty}</p>;
  const sorted = SORTED_COLUMN[sort];
  const ariaSort = (column: (typeof sorted)['column']) => (sorted.column === column ? sorted.order : undefined);
  return (
    <TableWrap captionId="queue-caption">
      <table class="table">
        <caption id="queue-caption" class="table-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="numeric" aria-sort={ariaSort('position')}>
              {s.queue.position}
            </th>
            <th scope="col">{s.queue.reference}</th>
            <th scope="col" aria-sort={ariaSort('name')}>
              {s.queue.name}
            </th>
            <th scope="col" aria-sort={ariaSort('received')}>
              {s.queue.received}
            </th>
            <th scope="col">{s.queue.channel}</th>
            <th scope="col" aria-sort={ariaSort('state')}>
              {s.queue.state}
            </th>
            <th scope="col">{s.queue.documents}</th>
            <th scope="col" class="numeric">
              {s.queue.score}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <QueueRow key={item.reference} item={item} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function QueueRow({ item }: { item: QueueItem }) {
  const { s } = useStaffTexts();
  const received = rigaDateTime(item.receivedAt);
  return (
    <tr>
      <td class="numeric">{item.position}</td>
      <th scope="row">
        <a href={staffPaths.application(item.reference)}>{item.reference}</a>
      </th>
      <td>
        {item.firstName} {item.lastName}
      </td>
      <td class="nowrap">{s.common.dateTime(received.date, received.time)}</td>
      <td>{s.common.channels[item.channel]}</td>
      <td>
        <ReviewStateTag state={item.state} />
        {item.possibleDuplicateOf && <span class="cell-note">{s.queue.sameCodeAs(item.possibleDuplicateOf)}</span>}
        {item.personalCodeChecksumMismatch && <span class="cell-note">{s.queue.checkCode}</span>}
      </td>
      <td>
        {item.documentsVerified === null
          ? s.queue.documentsNotChecked
          : item.documentsVerified
            ? s.queue.documentsVerified
            : s.queue.documentsProblem}
      </td>
      <td class="numeric">{item.totalScore ?? s.queue.noScore}</td>
    </tr>
  );
}
