import { rigaDateTime } from '../../format/dates.ts';
import type { QueueItem, QueueSort } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { ReviewStateTag } from './review-state-tag.tsx';
import { TableWrap } from './table-wrap.tsx';

type SortableColumn = 'position' | 'received' | 'name' | 'state';

/** How each sort shows on the column it orders by, for screen readers; the state order is a custom one. */
const SORTED_COLUMN: Record<QueueSort, { column: SortableColumn; order: 'ascending' | 'other' }> = {
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
  /** The column headings in order; a column a sort can order by says when it does (aria-sort). */
  const headings: { title: string; numeric?: boolean; sortable?: SortableColumn }[] = [
    { title: s.queue.position, numeric: true, sortable: 'position' },
    { title: s.queue.reference },
    { title: s.queue.name, sortable: 'name' },
    { title: s.queue.received, sortable: 'received' },
    { title: s.queue.channel },
    { title: s.queue.state, sortable: 'state' },
    { title: s.queue.documents },
    { title: s.queue.score, numeric: true },
  ];
  return (
    <TableWrap captionId="queue-caption">
      <table class="table">
        <caption id="queue-caption" class="table-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            {headings.map(({ title, numeric, sortable }) => (
              <th
                key={title}
                scope="col"
                class={numeric ? 'numeric' : undefined}
                aria-sort={sortable && sorted.column === sortable ? sorted.order : undefined}
              >
                {title}
              </th>
            ))}
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
