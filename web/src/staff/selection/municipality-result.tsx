import type { ResultPage, ResultRow } from '../api/types.ts';
import { type Column, ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { useResultColumns } from './result-columns.tsx';

/**
 * A page of one municipality's result as it stands now: the selected by rank, the waiting list in order, those who
 * take no part and why (each as far as the page reaches), and, after publication, each withdrawal with whom it
 * passed the place to. Application numbers and points only; each number leads to its application.
 */
export function MunicipalityResultView({ page, name }: { page: ResultPage; name: string }) {
  const { s } = useStaffTexts();
  const { promotions } = page;
  const id = `result-${page.municipalityCode}`;
  const rowsOf = (decision: ResultRow['decision']) => page.rows.filter((row) => row.decision === decision);
  const selected = rowsOf('selected');
  const waitlisted = rowsOf('waitlisted');
  const excluded = rowsOf('not-selected');
  // A list whose rows are all on other pages is said to be there, not to be empty.
  const none = (count: number, empty: string) => (count > 0 ? s.selection.onOtherPage : empty);
  const { when, link, reference, received, points } = useResultColumns();
  const scored = points((entry: { totalScore: number | null }) =>
    entry.totalScore === null ? s.selection.noPoints : String(entry.totalScore),
  );
  const table = <Row,>(
    kind: string,
    caption: string,
    columns: readonly Column<NoInfer<Row>>[],
    rows: readonly Row[],
    rowKey: (row: Row) => string,
  ) => (
    <ColumnTable
      captionId={`${id}-${kind}-caption`}
      captionClass="visually-hidden"
      caption={caption}
      testId={kind}
      columns={columns}
      rows={rows}
      rowKey={rowKey}
    />
  );
  const byReference = (entry: { reference: string }) => entry.reference;

  return (
    <section class="review-section" aria-labelledby={`${id}-title`} data-testid="municipality-result">
      <h2 id={`${id}-title`}>{name}</h2>
      <p>{s.selection.placesLine(page.selected, page.cap)}</p>

      <h3>{s.selection.selectedTitle}</h3>
      {selected.length === 0 ? (
        <p>{none(page.selected, s.selection.noneSelected)}</p>
      ) : (
        table(
          'selected',
          s.selection.selectedCaption,
          [{ title: s.selection.rank, numeric: true, cell: (row) => row.rank }, reference, scored, received],
          selected,
          byReference,
        )
      )}

      <h3>{s.selection.waitlistTitle}</h3>
      {waitlisted.length === 0 ? (
        <p>{none(page.waitlisted, s.selection.noneWaiting)}</p>
      ) : (
        table(
          'waitlisted',
          s.selection.waitlistCaption,
          [{ title: s.selection.position, numeric: true, cell: (row) => row.position }, reference, scored, received],
          waitlisted,
          byReference,
        )
      )}

      <h3>{s.selection.excludedTitle}</h3>
      {excluded.length === 0 ? (
        <p>{none(page.excluded, s.selection.noneExcluded)}</p>
      ) : (
        table(
          'excluded',
          s.selection.excludedCaption,
          [
            reference,
            { title: s.selection.reason, cell: (row) => (row.reason ? s.selection.reasons[row.reason] : '') },
            points((row: { totalScore: number | null }) => row.totalScore ?? s.queue.noScore),
            received,
          ],
          excluded,
          byReference,
        )
      )}

      {promotions.length > 0 && (
        <>
          <h3>{s.selection.promotionsTitle}</h3>
          {table(
            'promotions',
            s.selection.promotionsCaption,
            [
              { title: s.selection.when, nowrap: true, cell: (promotion) => when(promotion.at) },
              { title: s.selection.withdrawn, cell: (promotion) => link(promotion.withdrawn) },
              {
                title: s.selection.promoted,
                cell: (promotion) => (promotion.promoted ? link(promotion.promoted) : s.selection.nobody),
              },
              { title: s.selection.recordedBy, cell: (promotion) => promotion.by },
            ],
            promotions,
            (promotion) => `${promotion.withdrawn}-${promotion.at}`,
          )}
        </>
      )}
    </section>
  );
}
