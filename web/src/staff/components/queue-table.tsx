import { rigaDateTime } from '../../format/dates.ts';
import type { QueueItem, QueueResponse } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { ReviewStateTag } from './review-state-tag.tsx';
import { TableWrap } from './table-wrap.tsx';

/** The queue as a table: one row per application, in selection order, each leading to its page. */
export function QueueTable({
  queue,
  filterLabel,
  shownOf,
}: {
  queue: QueueResponse;
  filterLabel: string;
  shownOf: number;
}) {
  const { s } = useStaffTexts();
  if (queue.items.length === 0) return <p>{s.queue.empty}</p>;
  return (
    <TableWrap captionId="queue-caption">
      <table class="table">
        <caption id="queue-caption" class="table-caption">
          {s.queue.caption(filterLabel, queue.items.length, shownOf)}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="numeric">
              {s.queue.position}
            </th>
            <th scope="col">{s.queue.reference}</th>
            <th scope="col">{s.queue.name}</th>
            <th scope="col">{s.queue.received}</th>
            <th scope="col">{s.queue.channel}</th>
            <th scope="col">{s.queue.state}</th>
            <th scope="col">{s.queue.documents}</th>
            <th scope="col" class="numeric">
              {s.queue.score}
            </th>
          </tr>
        </thead>
        <tbody>
          {queue.items.map((item) => (
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
